package org.factdesk.review;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.claim.Rating;
import org.factdesk.claim.Source;
import org.factdesk.claim.Verdict;
import org.factdesk.web.DeskClock;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.WebAddress;

/**
 * What makes a verdict acceptable, in one place for the draft, the submission and the API: the limits on what is
 * typed, and what a verdict must have before it is submitted, whether it arrives with the submission (the form's
 * Submit button) or was saved before (the API's submit call).
 */
final class VerdictRules {

    /**
     * A verdict as typed, checked and trimmed: blank texts are empty strings; the sources are unsaved rows in order,
     * blank rows left out, accessed today.
     */
    record Checked(Rating rating, String summary, String analysis, String correctionNote, List<Source> sources) {
    }

    private VerdictRules() {
    }

    /**
     * Checks the typed verdict that is to replace {@code current} (null when there is none yet); with
     * {@code forSubmission} it must also be complete. Throws {@link InvalidInputException} with every problem.
     */
    static Checked check(VerdictInput input, Verdict current, boolean forSubmission) {
        FormErrors errors = new FormErrors();
        Rating rating = null;
        if (!isBlank(input.rating())) {
            rating = Rating.byKey(input.rating()).orElse(null);
            if (rating == null) {
                errors.add("rating", text().ratingNotOnScale());
            } else if (rating.retired && !keeps(current, rating)) {
                errors.add("rating", retired(rating));
            }
        }
        String summary = strip(input.summary());
        if (summary.length() > Verdict.MAX_SUMMARY) {
            errors.add("summary", text().summaryTooLong(Verdict.MAX_SUMMARY));
        } else if (summary.contains("\n")) {
            errors.add("summary", text().summaryOneLine());
        }
        String analysis = strip(input.analysis());
        if (analysis.length() > Verdict.MAX_ANALYSIS) {
            errors.add("analysis", text().atMostChars(String.valueOf(Verdict.MAX_ANALYSIS)));
        }
        String correctionNote = strip(input.correctionNote());
        if (correctionNote.length() > ReviewService.MAX_NOTE) {
            errors.add("correctionNote", text().atMostChars(String.valueOf(ReviewService.MAX_NOTE)));
        }
        List<VerdictInput.Source> rows = sources(input.sources(), errors);
        if (forSubmission) {
            boolean correction = current != null && current.isCorrection();
            complete(errors, rating != null, !summary.isEmpty(), !rows.isEmpty(), !correction || !correctionNote.isEmpty());
        }
        throwIfAny(errors);
        LocalDate today = DeskClock.today();
        List<Source> sources = new ArrayList<>();
        for (VerdictInput.Source row : rows) {
            sources.add(Source.of(null, sources.size(), row.url().strip(), nullIfBlank(row.title()),
                    nullIfBlank(row.publisher()), nullIfBlank(row.excerpt()), today));
        }
        return new Checked(rating, summary, analysis, correctionNote, sources);
    }

    /** What a stored draft still lacks before it can be submitted as it is. */
    static void requireComplete(Verdict verdict) {
        FormErrors errors = new FormErrors();
        if (verdict.rating != null && verdict.rating.retired) {
            errors.add("rating", retired(verdict.rating));
        }
        complete(errors, verdict.rating != null, verdict.summary != null && !verdict.summary.isBlank(),
                !verdict.sources.isEmpty(),
                !verdict.isCorrection() || verdict.correctionNote != null && !verdict.correctionNote.isBlank());
        throwIfAny(errors);
    }

    /** Adds what a complete verdict lacks, except on fields that already have a problem. */
    private static void complete(FormErrors errors, boolean rated, boolean summarised, boolean sourced,
            boolean noted) {
        if (!rated && !errors.has("rating")) {
            errors.add("rating", text().needsRating());
        }
        if (!summarised && !errors.has("summary")) {
            errors.add("summary", text().needsSummary());
        }
        if (!sourced && !errors.has("sources")) {
            errors.add("sources", text().needsSource());
        }
        if (!noted && !errors.has("correctionNote")) {
            errors.add("correctionNote", text().needsCorrectionNote());
        }
    }

    /** The source rows that are not blank, each checked; field names carry the row's index as typed. */
    private static List<VerdictInput.Source> sources(List<VerdictInput.Source> typed, FormErrors errors) {
        List<VerdictInput.Source> rows = new ArrayList<>();
        List<VerdictInput.Source> all = typed == null ? List.of() : typed;
        for (int i = 0; i < all.size(); i++) {
            VerdictInput.Source row = all.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "source-" + i + "-";
            String url = strip(row.url());
            if (url.isEmpty()) {
                errors.add(field + "url", text().sourceNeedsUrl());
            } else {
                WebAddress.problem(url).ifPresent(m -> errors.add(field + "url", m));
            }
            limit(errors, field + "title", row.title(), 300, "300");
            limit(errors, field + "publisher", row.publisher(), 200, "200");
            limit(errors, field + "excerpt", row.excerpt(), 5000, "5,000");
            rows.add(row);
        }
        if (rows.size() > Verdict.MAX_SOURCES) {
            errors.add("sources", text().tooManySources(Verdict.MAX_SOURCES));
        }
        return rows;
    }

    private static void limit(FormErrors errors, String field, String value, int max, String shown) {
        if (strip(value).length() > max) {
            errors.add(field, text().atMostChars(number(max, shown)));
        }
    }

    /** {@code n} as the reader writes numbers ("5.000", "5 000"); in English the text it always had. */
    private static String number(int n, String english) {
        Language language = Localization.ofCurrentRequest();
        return language == Language.ENGLISH ? english : NumberFormat.getIntegerInstance(language.locale()).format(n);
    }

    /** A retired rating may stay on a verdict that already has it, but not be chosen anew. */
    private static boolean keeps(Verdict current, Rating rating) {
        return current != null && current.rating != null && current.rating.id.equals(rating.id);
    }

    private static String retired(Rating rating) {
        return text().ratingRetired(rating.label);
    }

    /**
     * The review texts in the language of the response being written (these rules are static, so they ask for it
     * rather than have it injected); English outside a request.
     */
    static ReviewMessages text() {
        return Localization.messages(ReviewMessages.class, Localization.ofCurrentRequest());
    }

    static void throwIfAny(FormErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return isBlank(s) ? null : s.strip();
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

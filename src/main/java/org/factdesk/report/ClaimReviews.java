package org.factdesk.report;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factdesk.claim.RatingLabels;
import org.factdesk.settings.Organisation;
import org.factdesk.web.DeskClock;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;

/**
 * schema.org ClaimReview for a published claim, following Google's fact-check markup: the claim as reviewed, the
 * rating (its label always; value, best and worst for ratings on the numeric scale), the public page, the
 * organisation as author, and the reviewed claim with its claimant, date and where it appeared. It is written in the
 * desk's language ({@code inLanguage}), which names the rating, and dated by the desk's day (its zone): the same
 * markup whoever exports it or whichever edition of the public page ({@code ?lang=}) carries it.
 */
public final class ClaimReviews {

    /**
     * What every ClaimReview of one export shares: the publisher, the scale's range, the public address and the
     * desk's language.
     */
    public record Context(String organisationName, String organisationUrl, String logoUrl, int[] range,
            String baseUrl, Language language, ZoneId zone) {

        /** The context of {@code organisation}'s exports: its zone dates the reviews (UTC where it names none). */
        public static Context of(Organisation organisation, int[] range, String baseUrl, Language language) {
            String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return new Context(organisation.name, organisation.url, organisation.logoUrl, range, base, language,
                    Localization.zoneOf(organisation.timeZone).orElse(DeskClock.UTC));
        }
    }

    private ClaimReviews() {
    }

    /** The public page of a fact check. */
    public static String url(Context context, long claimId) {
        return context.baseUrl() + "/factchecks/" + claimId;
    }

    /** The ClaimReview of one published row, as ordered maps that Jackson writes as JSON-LD. */
    public static Map<String, Object> of(VerdictRow row, Context context) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", url(context, row.claimId()));
        review.put("claimReviewed", row.statement());
        review.put("inLanguage", context.language().tag());
        if (row.publishedAt() != null) {
            // The day it was published at the desk: a verdict approved at 22:30 in São Paulo is that day's, not UTC's next.
            review.put("datePublished", row.publishedAt().atZone(context.zone()).toLocalDate().toString());
        }
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", context.organisationName());
        if (context.organisationUrl() != null) {
            author.put("url", context.organisationUrl());
        }
        if (context.logoUrl() != null) {
            author.put("logo", Map.of("@type", "ImageObject", "url", context.logoUrl()));
        }
        review.put("author", author);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", RatingLabels.label(row.ratingKey(), row.ratingLabel(), context.language()));
        if (row.ratingValue() != null && context.range() != null) {
            rating.put("ratingValue", row.ratingValue());
            rating.put("bestRating", context.range()[0]);
            rating.put("worstRating", context.range()[1]);
        }
        review.put("reviewRating", rating);
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (row.claimant() != null) {
            claim.put("author", Map.of("@type", "Person", "name", row.claimant()));
        }
        if (row.claimDate() != null) {
            claim.put("datePublished", row.claimDate().toString());
        }
        String appearance = row.appearanceUrl() != null ? row.appearanceUrl() : row.articleUrl();
        if (appearance != null) {
            claim.put("appearance", Map.of("@type", "CreativeWork", "url", appearance));
        }
        review.put("itemReviewed", claim);
        return review;
    }

    /**
     * JSON made safe to sit inside an HTML {@code <script>} element: no {@code <}, {@code >} or {@code &} that a
     * parser could read as markup, and no line separators that old script parsers choke on.
     */
    public static String forScriptElement(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}

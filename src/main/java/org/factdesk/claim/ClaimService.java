package org.factdesk.claim;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.article.Article;
import org.factdesk.audit.AuditContext;
import org.factdesk.claim.search.IndexChanges;
import org.factdesk.spotting.ClaimSpotter;
import org.factdesk.web.DateInput;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.MissingException;
import org.factdesk.web.WebAddress;

/** Makes claims from spans of an article's body and edits their details; pages and API both come here. */
@ApplicationScoped
public class ClaimService {

    /** The editable details of a claim, as typed on its page (and shown again with the messages when refused). */
    public record ClaimEdit(String statement, String claimant, String claimDate, String appearanceUrl, String tags,
            String priority) {

        /** The form for a claim as saved. */
        public static ClaimEdit of(Claim c) {
            return new ClaimEdit(c.statement, c.claimant == null ? "" : c.claimant,
                    c.claimDate == null ? "" : c.claimDate.toString(), c.appearanceUrl == null ? "" : c.appearanceUrl,
                    c.tagList(), c.priority.name());
        }
    }

    @Inject
    ClaimSpotter spotter;

    @Inject
    IndexChanges indexChanges;

    @Inject
    Localization localization;

    /**
     * Creates a claim from {@code [start, end)} of the article's stored body. When {@code quote} is given it must
     * match the text there (whitespace aside), so a page showing stale text cannot anchor the wrong words.
     */
    @Transactional
    public Claim create(long articleId, Integer start, Integer end, String quote, String statement, String claimant,
            Account by) {
        AuditContext.record("create-claim", null);
        Article article = Article.findById(articleId);
        if (article == null) {
            throw new MissingException("No such article.");
        }
        String body = article.body;
        if (start == null || end == null) {
            throw new InvalidInputException("span", text().spanMissing());
        }
        if (start < 0 || end > body.length() || start >= end) {
            throw new InvalidInputException("span", text().spanOutside(start, end, body.length()));
        }
        int s = start;
        int e = end;
        // Selections often catch a space or line break at either edge; the claim is the words.
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            throw new InvalidInputException("span", text().spanBlank());
        }
        if (Character.isLowSurrogate(body.charAt(s)) || e < body.length() && Character.isLowSurrogate(body.charAt(e))) {
            throw new InvalidInputException("span", text().spanSplitsCharacter());
        }
        if (e - s > Claim.MAX_QUOTE_CHARS) {
            throw new InvalidInputException("span", text().spanTooLong(Claim.MAX_QUOTE_CHARS));
        }
        String exact = body.substring(s, e);
        if (quote != null && !quote.isBlank() && !collapse(quote).equals(collapse(exact))) {
            throw new InvalidInputException("span", text().quoteMismatch(start, end));
        }
        Claim claim = new Claim();
        claim.article = article;
        claim.start = s;
        claim.end = e;
        claim.quote = exact;
        claim.prefix = body.substring(safeStart(body, s - Claim.CONTEXT_CHARS), s);
        claim.suffix = body.substring(e, safeEnd(body, e + Claim.CONTEXT_CHARS));
        String sentence = collapse(exact);
        claim.statement = statement == null || statement.isBlank() ? truncate(sentence, 2000) : truncate(statement.strip(), 2000);
        String suggested = claimant == null || claimant.isBlank()
                ? spotter.suggestClaimant(surroundingSentences(body, s, e, article.language)).orElse(null)
                : claimant.strip();
        claim.claimant = suggested == null ? null : truncate(suggested, 200);
        claim.claimDate = article.publishedOn;
        claim.appearanceUrl = article.sourceUrl;
        claim.score = spotter.scoreOf(exact, article.language);
        claim.status = ClaimStatus.NEW;
        claim.priority = Priority.NORMAL;
        claim.createdBy = by;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        claim.persist();
        indexChanges.claimChanged(claim.id);
        return claim;
    }

    /** Applies an edit made on a form loaded at {@code version}; a stale version changes nothing. */
    @Transactional
    public Claim update(long id, long version, ClaimEdit edit) {
        AuditContext.record("edit-claim", null);
        Claim claim = find(id);
        if (claim.version != version) {
            throw Claim.changedMeanwhile();
        }
        FormErrors errors = new FormErrors();
        String statement = edit.statement() == null ? "" : edit.statement().strip();
        if (statement.isEmpty()) {
            errors.add("statement", text().statementMissing());
        } else if (statement.length() > 2000) {
            errors.add("statement", text().atMostChars(localization.language() == Language.ENGLISH ? "2,000"
                    : NumberFormat.getIntegerInstance(localization.locale()).format(2000)));
        }
        String claimant = edit.claimant() == null ? "" : edit.claimant().strip();
        if (claimant.length() > 200) {
            errors.add("claimant", text().atMostChars("200"));
        }
        LocalDate claimDate = null;
        if (edit.claimDate() != null && !edit.claimDate().isBlank()) {
            claimDate = DateInput.read(edit.claimDate(), "claimDate", errors);
        }
        String url = edit.appearanceUrl() == null ? "" : edit.appearanceUrl().strip();
        if (!url.isEmpty()) {
            WebAddress.problem(url).ifPresent(m -> errors.add("appearanceUrl", m));
        }
        Set<String> tags = parseTags(edit.tags(), errors);
        Priority priority = claim.priority;
        if (edit.priority() != null && !edit.priority().isBlank()) {
            priority = Priority.parse(edit.priority()).orElse(null);
            if (priority == null) {
                errors.add("priority", text().choosePriority());
            }
        }
        InvalidInputException.throwIfAny(errors);
        claim.statement = statement;
        claim.claimant = claimant.isEmpty() ? null : claimant;
        claim.claimDate = claimDate;
        claim.appearanceUrl = url.isEmpty() ? null : url;
        claim.tags.clear();
        claim.tags.addAll(tags);
        claim.priority = priority;
        claim.updatedAt = Instant.now();
        try {
            // A concurrent save that slipped between our read and our write surfaces here, not at commit.
            Claim.flush();
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleObjectStateException e) {
            throw Claim.changedMeanwhile();
        }
        indexChanges.claimChanged(claim.id);
        return claim;
    }

    /**
     * The sentences the span touches: attribution ("…, Hale said") often sits outside the quoted words. Only the
     * paragraph around the span is split, by the rules of the article's {@code language}, so a claim in a long
     * article costs no more than one in a short one.
     */
    String surroundingSentences(String body, int start, int end, String language) {
        int from = body.lastIndexOf("\n\n", start);
        int paragraphStart = from < 0 ? 0 : from + 2;
        int to = body.indexOf("\n\n", end);
        int paragraphEnd = to < 0 ? body.length() : to;
        String paragraph = body.substring(paragraphStart, paragraphEnd);
        StringBuilder sb = new StringBuilder();
        for (var span : spotter.sentences(paragraph, language)) {
            int spanStart = paragraphStart + span.start();
            int spanEnd = paragraphStart + span.end();
            if (spanEnd > start && spanStart < end) {
                sb.append(sb.length() == 0 ? "" : " ").append(span.text(paragraph));
            }
        }
        return sb.length() == 0 ? body.substring(start, end) : sb.toString();
    }

    public Claim find(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new MissingException("No such claim.");
        }
        return claim;
    }

    /**
     * The claim with what its page shows of it loaded in the same query: its article, tags, and current verdict with
     * rating and sources (five lazy loads one by one otherwise).
     */
    public Claim findForPage(long id) {
        return Claim.getEntityManager().createQuery("select distinct c from Claim c join fetch c.article "
                + "left join fetch c.tags left join fetch c.currentVerdict v left join fetch v.rating "
                + "left join fetch v.sources where c.id = :id", Claim.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new MissingException("No such claim."));
    }

    private Set<String> parseTags(String raw, FormErrors errors) {
        Set<String> tags = new TreeSet<>();
        if (raw == null) {
            return tags;
        }
        for (String part : raw.split("[,;]")) {
            String tag = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > 40) {
                errors.add("tags", text().tagTooLong(40));
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > 20) {
            errors.add("tags", text().tooManyTags(20));
        }
        return tags;
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static int safeStart(String body, int index) {
        int i = Math.max(0, index);
        return i > 0 && Character.isLowSurrogate(body.charAt(i)) ? i + 1 : i;
    }

    private static int safeEnd(String body, int index) {
        int i = Math.min(body.length(), index);
        return i < body.length() && i > 0 && Character.isLowSurrogate(body.charAt(i)) ? i - 1 : i;
    }

    /** The claim texts in the reader's language (the API's: its Accept-Language, else English). */
    private ClaimMessages text() {
        return localization.messages(ClaimMessages.class);
    }
}

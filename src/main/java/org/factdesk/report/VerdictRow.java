package org.factdesk.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One claim of a verdict report with the verdict that readers see: the published one, or for claims not
 * published yet the latest draft.
 */
public record VerdictRow(long claimId, long articleId, String articleTitle, String articleUrl, String quote,
        String statement, String claimant, LocalDate claimDate, String appearanceUrl, String status,
        String ratingKey, String ratingLabel, Integer ratingValue, String ratingColour, String summary,
        String analysis, String sources, String reviewer, String approver, Instant publishedAt,
        String correctionNote, int revision) {

    public String statusLabel() {
        return org.factdesk.claim.ClaimStatus.valueOf(status).label;
    }

    /** The status itself, so that a page writes {@code {r.claimStatus.label}} in its reader's language. */
    public org.factdesk.claim.ClaimStatus claimStatus() {
        return org.factdesk.claim.ClaimStatus.valueOf(status);
    }

    /**
     * This row with its rating's label in {@code language} (the English label where the rating has no translation
     * into it): the reader's language on pages, the desk's in reports and ClaimReview.
     */
    public VerdictRow labelledIn(org.factdesk.web.Language language) {
        String label = org.factdesk.claim.RatingLabels.label(ratingKey, ratingLabel, language);
        return java.util.Objects.equals(label, ratingLabel) ? this
                : new VerdictRow(claimId, articleId, articleTitle, articleUrl, quote, statement, claimant, claimDate,
                        appearanceUrl, status, ratingKey, label, ratingValue, ratingColour, summary, analysis, sources,
                        reviewer, approver, publishedAt, correctionNote, revision);
    }

    public boolean published() {
        return publishedAt != null;
    }
}

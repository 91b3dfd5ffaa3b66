package org.factdesk.claim.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;

/**
 * What the index keeps of one claim, read from the database in one row: its words (statement, quote, claimant, the
 * article's title, the verdict summaries) and what the claims list filters and sorts by.
 *
 * @param authorId the current verdict's author
 * @param contributorIds everyone who had a hand in the current verdict; with the author, an editor's approval queue
 *        leaves out the verdicts they may not approve
 * @param ratingKey the current verdict's rating, null when it has none
 */
public record IndexedClaim(long id, String statement, String quote, String claimant, ClaimStatus status,
        Long assigneeId, Long authorId, LocalDate dueDate, Priority priority, double score, Instant updatedAt,
        long articleId, String articleTitle, String ratingKey, String summary, boolean published,
        String publishedSummary, Set<Long> contributorIds) {
}

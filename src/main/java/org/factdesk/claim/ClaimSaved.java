package org.factdesk.claim;

/**
 * Fired by {@link ClaimService} inside the transaction that creates a claim or edits its details, with the claim's
 * words as saved. Observers that keep a derived copy (the similar-claims index) take it after the commit.
 *
 * @param published whether the claim has a published verdict (readers see one)
 */
public record ClaimSaved(long id, String statement, String quote, ClaimStatus status, boolean published) {

    static ClaimSaved of(Claim claim) {
        return new ClaimSaved(claim.id, claim.statement, claim.quote, claim.status, claim.publishedVerdict != null);
    }
}

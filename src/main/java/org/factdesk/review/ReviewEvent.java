package org.factdesk.review;

import org.factdesk.account.Account;
import org.factdesk.claim.Claim;

/**
 * Fired synchronously, inside the transaction, after a workflow step or a comment, so observers (notifications)
 * commit or roll back with it.
 *
 * @param recipient who the step concerns (the new assignee, the returned-to reviewer, the mentioned person), or
 *     null when nobody in particular
 * @param note the return note, dismissal reason or correction reason, when the step has one
 */
public record ReviewEvent(Type type, Claim claim, Account actor, Account recipient, String note) {

    /** The step that happened. */
    public enum Type {
        ASSIGNED, DRAFT_SAVED, SUBMITTED, RETURNED, APPROVED, DISMISSED, REOPENED, CORRECTION_OPENED, COMMENTED,
        MENTIONED
    }
}

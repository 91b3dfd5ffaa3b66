package org.factdesk.review;

import org.factdesk.claim.Claim;

/**
 * An assignment as typed, the one input of the assign step on the page, in bulk and in the API ({@code POST /assign}):
 * the reviewer's username, the due date (yyyy-mm-dd) and an optional priority; {@code version} is the claim's
 * version the editor saw (a bulk assignment has none). Checked by {@link StepInputs}.
 */
public record Assignment(Long version, String reviewer, String due, String priority) {

    public Assignment(String reviewer, String due, String priority) {
        this(null, reviewer, due, priority);
    }

    /** The form for a claim as it is assigned now. */
    public static Assignment of(Claim claim) {
        return new Assignment(claim.version, claim.assignee == null ? "" : claim.assignee.username,
                claim.dueDate == null ? "" : claim.dueDate.toString(), claim.priority.name());
    }
}

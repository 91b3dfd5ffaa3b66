package org.factdesk.review;

import org.factdesk.claim.Claim;

/** The assign form's values as shown or typed. */
public record AssignForm(String reviewer, String due, String priority) {

    public static AssignForm of(Claim claim) {
        return new AssignForm(claim.assignee == null ? "" : claim.assignee.username,
                claim.dueDate == null ? "" : claim.dueDate.toString(), claim.priority.name());
    }

    public ReviewService.Assignment input() {
        return new ReviewService.Assignment(reviewer, due, priority);
    }
}

package org.factdesk.review;

import static org.factdesk.review.VerdictRules.isBlank;
import static org.factdesk.review.VerdictRules.strip;
import static org.factdesk.review.VerdictRules.text;
import static org.factdesk.review.VerdictRules.throwIfAny;

import java.time.LocalDate;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.claim.Priority;
import org.factdesk.web.DateInput;
import org.factdesk.web.DeskClock;
import org.factdesk.web.FormErrors;

/** The checks on what a workflow step takes besides a verdict: an assignment, a note or a reason. */
final class StepInputs {

    /** An assignment, checked: an active reviewer, a due date from today to two years ahead, a priority or null. */
    record CheckedAssignment(Account reviewer, LocalDate due, Priority priority) {
    }

    private StepInputs() {
    }

    /**
     * Checks an assignment; a blank priority keeps {@code currentPriority}. Problems are added to {@code errors}
     * (a bulk assignment checks its selection too) and thrown together.
     */
    static CheckedAssignment assignment(Assignment input, Priority currentPriority, FormErrors errors) {
        Account reviewer = reviewer(input.reviewer(), errors);
        LocalDate due = dueDate(input.due(), errors);
        Priority priority = priority(input.priority(), currentPriority, errors);
        throwIfAny(errors);
        return new CheckedAssignment(reviewer, due, priority);
    }

    /** A required note or reason of at most {@link ReviewService#MAX_NOTE} characters, trimmed. */
    static String note(String value, String field, String whenMissing) {
        String text = strip(value);
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.add(field, whenMissing);
        } else if (text.length() > ReviewService.MAX_NOTE) {
            errors.add(field, text().atMostChars(String.valueOf(ReviewService.MAX_NOTE)));
        }
        throwIfAny(errors);
        return text;
    }

    private static Account reviewer(String username, FormErrors errors) {
        if (isBlank(username)) {
            errors.add("reviewer", text().chooseReviewer());
            return null;
        }
        Account reviewer = Account.findByUsername(username.strip()).orElse(null);
        if (reviewer == null || !reviewer.active || !reviewer.roles.contains(Role.REVIEWER_NAME)) {
            errors.add("reviewer", text().chooseActiveReviewer());
            return null;
        }
        return reviewer;
    }

    private static LocalDate dueDate(String due, FormErrors errors) {
        if (isBlank(due)) {
            errors.add("due", text().giveDueDate());
            return null;
        }
        try {
            LocalDate date = DateInput.parse(due);
            if (date.isBefore(DeskClock.today())) {
                errors.add("due", text().dueNotPast());
            } else if (date.isAfter(DeskClock.today().plusYears(2))) {
                errors.add("due", text().dueWithinTwoYears());
            }
            return date;
        } catch (DateInput.InvalidDateException e) {
            errors.add("due", e.getMessage());
            return null;
        }
    }

    private static Priority priority(String value, Priority current, FormErrors errors) {
        if (isBlank(value)) {
            return current;
        }
        Priority p = Priority.parse(value).orElse(null);
        if (p == null) {
            errors.add("priority", text().choosePriority());
            return current;
        }
        return p;
    }
}

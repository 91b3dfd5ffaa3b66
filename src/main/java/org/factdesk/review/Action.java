package org.factdesk.review;

import static org.factdesk.claim.ClaimStatus.ASSIGNED;
import static org.factdesk.claim.ClaimStatus.DISMISSED;
import static org.factdesk.claim.ClaimStatus.IN_REVIEW;
import static org.factdesk.claim.ClaimStatus.NEW;
import static org.factdesk.claim.ClaimStatus.PUBLISHED;
import static org.factdesk.claim.ClaimStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;

/**
 * The claim workflow as one table: each step a person can take on a claim, the statuses it starts from, the status
 * it leads to, who may take it and what else it requires. {@link ReviewService} checks every step against its row
 * before doing anything, and the claim page shows a step's controls only when {@link #open} says so, so the buttons
 * a person sees and the checks the server makes cannot disagree.
 *
 * <pre>
 *  NEW ──assign──▶ ASSIGNED ──save draft──▶ IN_REVIEW ──submit──▶ SUBMITTED ──approve──▶ PUBLISHED
 *   ▲                 │  ▲                     │  ▲ └─────return─────────┘                     │
 *   │                 │  └──assign (reassign)──┘  └────────────correction───────────────────────┘
 *   └──reopen── DISMISSED ◀──dismiss── (NEW, ASSIGNED, IN_REVIEW, SUBMITTED)
 * </pre>
 */
public enum Action {
    /** Assign or reassign the claim to a reviewer with a due date (a new claim becomes assigned). */
    ASSIGN(Who.EDITOR, EnumSet.of(NEW, ASSIGNED, IN_REVIEW), ASSIGNED),
    /** Save the verdict as a draft. */
    WRITE_VERDICT(Who.ASSIGNEE, EnumSet.of(ASSIGNED, IN_REVIEW), IN_REVIEW),
    /** Submit a complete verdict (rating, summary, a source; a note on a correction) for approval. */
    SUBMIT(Who.ASSIGNEE, EnumSet.of(ASSIGNED, IN_REVIEW), SUBMITTED),
    /** Publish the submitted verdict; never by anyone who wrote, submitted or reassigned it (four eyes). */
    APPROVE(Who.EDITOR, EnumSet.of(SUBMITTED), PUBLISHED),
    /** Send the verdict back to its reviewer with a note saying what to change. */
    RETURN(Who.EDITOR, EnumSet.of(SUBMITTED), IN_REVIEW),
    /** Set the claim aside with a reason. */
    DISMISS(Who.EDITOR, EnumSet.of(NEW, ASSIGNED, IN_REVIEW, SUBMITTED), DISMISSED),
    /** Bring a dismissed claim back, new and unassigned. */
    REOPEN(Who.EDITOR, EnumSet.of(DISMISSED), NEW),
    /** Open a correction of the published verdict: a new draft for the claim's (active) reviewer, with a reason. */
    CORRECT(Who.EDITOR, EnumSet.of(PUBLISHED), IN_REVIEW);

    /** Who may take a step. */
    enum Who {
        /** Any editor. */
        EDITOR,
        /** The reviewer the claim is assigned to. */
        ASSIGNEE
    }

    /** Who may take the step; the refusals' words are {@link ReviewMessages#onlyEditors} and its neighbours. */
    final Who who;
    final Set<ClaimStatus> from;
    final ClaimStatus to;

    Action(Who who, Set<ClaimStatus> from, ClaimStatus to) {
        this.who = who;
        this.from = from;
        this.to = to;
    }

    /** The statuses this step starts from. */
    public Set<ClaimStatus> from() {
        return from;
    }

    /** The status the claim is in after this step. */
    public ClaimStatus to() {
        return to;
    }

    /** Whether {@code who} may take this step on {@code claim} as it stands. */
    public boolean open(Claim claim, Account person) {
        return from.contains(claim.status) && mayTake(claim, person) && passesPersonalCheck(claim, person);
    }

    /** The person's role and relation to the claim allow the step, whatever its status. */
    boolean mayTake(Claim claim, Account person) {
        if (person == null) {
            return false;
        }
        return switch (who) {
            case EDITOR -> person.roles.contains(Role.EDITOR_NAME);
            case ASSIGNEE -> person.roles.contains(Role.REVIEWER_NAME) && ReviewService.isAssignee(claim, person);
        };
    }

    /** The step's condition on the person beyond their role: four eyes on approval. */
    boolean passesPersonalCheck(Claim claim, Account person) {
        if (this != APPROVE) {
            return true;
        }
        return claim.currentVerdict == null || !claim.currentVerdict.touchedBy(person);
    }
}

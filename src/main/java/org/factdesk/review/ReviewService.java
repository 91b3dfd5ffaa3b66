package org.factdesk.review;

import static org.factdesk.review.VerdictRules.isBlank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.audit.AuditContext;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimLabels;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Source;
import org.factdesk.claim.Verdict;
import org.factdesk.claim.VerdictState;
import org.factdesk.claim.search.IndexChanges;
import org.factdesk.review.StepInputs.CheckedAssignment;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.ObjectRefusal;
import org.hibernate.StaleObjectStateException;

/**
 * The claim workflow, the one place its rules live: pages and API both come here. Every step starts by checking its
 * row of the workflow table ({@link Action}: the person's role and relation to the claim, the statuses it starts
 * from, four eyes) and the version the person saw, and ends by moving the claim to the row's status. What a step
 * takes is checked by {@link VerdictRules} (a verdict) and {@link StepInputs} (an assignment, a note).
 */
@ApplicationScoped
public class ReviewService {

    public static final int MAX_NOTE = 2000;

    /** The step is not possible from the claim's current status (HTTP 409). */
    public static class TransitionException extends RuntimeException {
        public TransitionException(String message) {
            super(message);
        }
    }

    /** The outcome of a bulk assignment: how many were assigned, and why the others were not. */
    public record BulkResult(int assigned, List<String> skipped) {
    }

    @Inject
    ClaimService claims;

    @Inject
    IndexChanges indexChanges;

    @Inject
    Event<ReviewEvent> events;

    @Inject
    Localization localization;

    /** The steps open to {@code who} on {@code claim} as it stands, read from the workflow table. */
    public Set<Action> actions(Claim claim, Account who) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (action.open(claim, who)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Assigns or reassigns the claim to a reviewer with a due date. */
    @Transactional
    public Claim assign(long id, Long version, Assignment input, Account by) {
        Claim claim = begin(Action.ASSIGN, "assign", null, id, version, by);
        CheckedAssignment assignment = StepInputs.assignment(input, claim.priority, new FormErrors());
        claim.priority = assignment.priority();
        assignTo(claim, assignment, by);
        return flush(claim);
    }

    /**
     * Assigns every listed claim that can be assigned now; claims in another status or missing are reported, not
     * fatal, so one published claim in the selection does not block the rest. The priorities stay as they are.
     */
    @Transactional
    public BulkResult assignAll(List<Long> ids, Assignment input, Account by) {
        AuditContext.record("bulk-assign", null);
        requireRole(Action.ASSIGN, by);
        FormErrors errors = new FormErrors();
        if (ids == null || ids.isEmpty()) {
            errors.add("ids", text().tickClaims());
        } else if (ids.size() > 200) {
            errors.add("ids", text().assignAtMost(200));
        }
        CheckedAssignment assignment = StepInputs.assignment(new Assignment(input.reviewer(), input.due(), null),
                null, errors);
        int assigned = 0;
        List<String> skipped = new ArrayList<>();
        for (Claim claim : Claim.<Claim>list("id in ?1 order by id", ids)) {
            if (!Action.ASSIGN.from().contains(claim.status)) {
                skipped.add(text().skippedInStatus(claim.id,
                        ClaimLabels.of(claim.status, language()).toLowerCase(language().locale())));
                continue;
            }
            assignTo(claim, assignment, by);
            assigned++;
        }
        int missing = ids.size() - assigned - skipped.size();
        if (missing > 0) {
            skipped.add(text().skippedMissing(missing));
        }
        Claim.flush();
        return new BulkResult(assigned, skipped);
    }

    /** The assignee saves their verdict as a draft; the claim is then in review. */
    @Transactional
    public Claim saveDraft(long id, Long version, VerdictInput input, Account by) {
        Claim claim = begin(Action.WRITE_VERDICT, "save-draft", null, id, version, by);
        if (version == null) {
            // Saving replaces the draft as a whole: without the version the person saw, a stale or half-built
            // verdict would silently overwrite their work.
            throw new InvalidInputException("version", text().draftNeedsVersion());
        }
        write(claim, VerdictRules.check(input, claim.currentVerdict, false), by);
        return finish(Action.WRITE_VERDICT, claim, ReviewEvent.Type.DRAFT_SAVED, by, null, null);
    }

    /**
     * The assignee submits the verdict for a second editor's approval. With {@code input} the verdict is saved first
     * (the form's Submit button); without, the saved draft is submitted as it is (the API's submit call).
     */
    @Transactional
    public Claim submit(long id, Long version, VerdictInput input, Account by) {
        Claim claim = begin(Action.SUBMIT, "submit", null, id, version, by);
        Verdict verdict;
        if (input != null) {
            verdict = write(claim, VerdictRules.check(input, claim.currentVerdict, true), by);
        } else {
            verdict = claim.currentVerdict;
            if (verdict == null || verdict.state != VerdictState.DRAFT) {
                throw new InvalidInputException("rating", text().noDraftToSubmit());
            }
            VerdictRules.requireComplete(verdict);
            verdict.author = by;
            contributed(verdict, by);
        }
        verdict.state = VerdictState.SUBMITTED;
        verdict.submittedAt = Instant.now();
        verdict.updatedAt = verdict.submittedAt;
        claim.returnNote = null;
        return finish(Action.SUBMIT, claim, ReviewEvent.Type.SUBMITTED, by, null, null);
    }

    /** A second editor approves the submitted verdict, which is then published. */
    @Transactional
    public Claim approve(long id, Long version, Account by) {
        Claim claim = begin(Action.APPROVE, "approve", null, id, version, by);
        Verdict verdict = claim.currentVerdict;
        Instant now = Instant.now();
        verdict.state = VerdictState.PUBLISHED;
        verdict.approver = by;
        verdict.approvedAt = now;
        verdict.updatedAt = now;
        claim.publishedVerdict = verdict;
        return finish(Action.APPROVE, claim, ReviewEvent.Type.APPROVED, by, verdict.author, null);
    }

    /** An editor sends the submitted verdict back to the reviewer with a note saying what to change. */
    @Transactional
    public Claim returnToReviewer(long id, Long version, String note, Account by) {
        Claim claim = begin(Action.RETURN, "return", note, id, version, by);
        String text = StepInputs.note(note, "note", text().returnNeedsNote());
        claim.currentVerdict.state = VerdictState.DRAFT;
        claim.currentVerdict.updatedAt = Instant.now();
        claim.returnNote = text;
        return finish(Action.RETURN, claim, ReviewEvent.Type.RETURNED, by, claim.assignee, text);
    }

    /** An editor sets the claim aside with a reason (not check-worthy, duplicate, …). */
    @Transactional
    public Claim dismiss(long id, Long version, String reason, Account by) {
        Claim claim = begin(Action.DISMISS, "dismiss", reason, id, version, by);
        String text = StepInputs.note(reason, "reason", text().dismissNeedsReason());
        if (claim.currentVerdict != null && claim.currentVerdict.state == VerdictState.SUBMITTED) {
            claim.currentVerdict.state = VerdictState.DRAFT;
        }
        claim.dismissReason = text;
        return finish(Action.DISMISS, claim, ReviewEvent.Type.DISMISSED, by, claim.assignee, text);
    }

    /** An editor brings a dismissed claim back as new and unassigned. */
    @Transactional
    public Claim reopen(long id, Long version, Account by) {
        Claim claim = begin(Action.REOPEN, "reopen", null, id, version, by);
        claim.dismissReason = null;
        claim.assignee = null;
        claim.dueDate = null;
        return finish(Action.REOPEN, claim, ReviewEvent.Type.REOPENED, by, null, null);
    }

    /**
     * An editor opens a correction of a published verdict. The published verdict stays as it is and stays public;
     * a new draft revision starts as its copy, carrying the reason as its correction note, for the reviewer to revise.
     */
    @Transactional
    public Claim openCorrection(long id, Long version, String reason, Account by) {
        Claim claim = begin(Action.CORRECT, "correction", reason, id, version, by);
        String text = StepInputs.note(reason, "reason", text().correctionNeedsReason());
        if (claim.assignee == null || !claim.assignee.active) {
            throw new TransitionException(text().noActiveReviewer());
        }
        Verdict published = claim.publishedVerdict;
        Verdict next = Verdict.newDraft(claim, published.revision + 1);
        next.rating = published.rating;
        next.summary = published.summary;
        next.analysis = published.analysis;
        next.correctionNote = text;
        for (Source s : published.sources) {
            next.sources.add(Source.of(next, s.position, s.url, s.title, s.publisher, s.excerpt, s.accessedOn));
        }
        next.persist();
        claim.currentVerdict = next;
        return finish(Action.CORRECT, claim, ReviewEvent.Type.CORRECTION_OPENED, by, claim.assignee, text);
    }

    /**
     * The start of every step on one claim: names the change for the audit trail, loads the claim at the version the
     * person saw, and checks the step's row of the workflow table: their role and relation to the claim, the claim's
     * status, and the step's condition on the person (four eyes).
     */
    private Claim begin(Action step, String auditName, String auditNote, long id, Long version, Account by) {
        AuditContext.record(auditName, auditNote);
        Claim claim = load(id, version);
        requireRole(step, by);
        if (step.who == Action.Who.ASSIGNEE && !step.mayTake(claim, by)) {
            throw new ObjectRefusal(text().onlyAssignee(), english().onlyAssignee());
        }
        if (!step.from().contains(claim.status)) {
            throw new TransitionException(text().notNow(step,
                    ClaimLabels.of(claim.status, language()).toLowerCase(language().locale())));
        }
        if (!step.passesPersonalCheck(claim, by)) {
            throw new TransitionException(text().fourEyes());
        }
        return claim;
    }

    /** The end of every step: the claim takes the step's status, is marked changed, and the event goes out. */
    private Claim finish(Action step, Claim claim, ReviewEvent.Type event, Account by, Account recipient,
            String note) {
        claim.status = step.to();
        touch(claim);
        fire(event, claim, by, recipient, note);
        return flush(claim);
    }

    private void requireRole(Action step, Account by) {
        if (step.who == Action.Who.EDITOR && (by == null || !by.roles.contains(Role.EDITOR_NAME))) {
            throw new ObjectRefusal(text().onlyEditors(step), english().onlyEditors(step));
        }
    }

    /** Gives the claim to the assignment's reviewer and due date; a new claim becomes assigned. */
    private void assignTo(Claim claim, CheckedAssignment assignment, Account by) {
        Account reviewer = assignment.reviewer();
        boolean changedPerson = claim.assignee == null || !claim.assignee.id.equals(reviewer.id);
        if (changedPerson) {
            contributed(claim.currentVerdict, by);
        }
        claim.assignee = reviewer;
        claim.dueDate = assignment.due();
        if (claim.status == ClaimStatus.NEW) {
            claim.status = Action.ASSIGN.to();
        }
        touch(claim);
        if (changedPerson) {
            fire(ReviewEvent.Type.ASSIGNED, claim, by, reviewer, null);
        }
    }

    /** The claim is assigned to this person. */
    public static boolean isAssignee(Claim claim, Account who) {
        return who != null && claim.assignee != null && claim.assignee.id.equals(who.id);
    }

    /** Notes that {@code who} had a hand in this revision while it is open (not yet published). */
    private static void contributed(Verdict verdict, Account who) {
        if (verdict != null && who != null && verdict.state != VerdictState.PUBLISHED) {
            verdict.contributorIds.add(who.id);
        }
    }

    /** Stores the checked verdict on the current draft, making one when there is none. */
    private static Verdict write(Claim claim, VerdictRules.Checked input, Account by) {
        Verdict verdict = claim.currentVerdict;
        if (verdict == null || verdict.state == VerdictState.PUBLISHED) {
            verdict = Verdict.newDraft(claim, verdict == null ? 1 : verdict.revision + 1);
            verdict.persist();
            claim.currentVerdict = verdict;
        }
        verdict.rating = input.rating();
        verdict.summary = emptyToNull(input.summary());
        verdict.analysis = emptyToNull(input.analysis());
        if (verdict.isCorrection()) {
            verdict.correctionNote = emptyToNull(input.correctionNote());
        }
        verdict.author = by;
        contributed(verdict, by);
        verdict.updatedAt = Instant.now();
        verdict.keepSources(input.sources());
        return verdict;
    }

    private Claim load(long id, Long version) {
        Claim claim = claims.find(id);
        if (version != null && claim.version != version) {
            throw Claim.changedMeanwhile();
        }
        return claim;
    }

    /**
     * Writes now, so a concurrent change that slipped between our read and our write (two editors approving at
     * the same moment) surfaces here as a stale claim rather than as an error at commit.
     */
    private static Claim flush(Claim claim) {
        try {
            Claim.flush();
        } catch (OptimisticLockException | StaleObjectStateException e) {
            throw Claim.changedMeanwhile();
        }
        return claim;
    }

    /** Every step marks the claim changed: lists order by it and the search index re-reads it after the commit. */
    private void touch(Claim claim) {
        claim.updatedAt = Instant.now();
        indexChanges.claimChanged(claim.id);
    }

    private void fire(ReviewEvent.Type type, Claim claim, Account actor, Account recipient, String note) {
        events.fire(new ReviewEvent(type, claim, actor, recipient, note));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The review texts in the reader's language (the API's: its Accept-Language, else English). */
    private ReviewMessages text() {
        return localization.messages(ReviewMessages.class);
    }

    /** The review texts in English, for the security log. */
    private static ReviewMessages english() {
        return Localization.messages(ReviewMessages.class, Language.DEFAULT);
    }

    private Language language() {
        return localization.language();
    }
}

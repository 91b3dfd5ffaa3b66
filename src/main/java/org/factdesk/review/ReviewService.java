package org.factdesk.review;

import java.time.Instant;
import java.time.LocalDate;
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
import org.factdesk.article.ArticleService;
import org.factdesk.audit.AuditContext;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimService.StaleClaimException;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.claim.search.IndexChanges;
import org.factdesk.web.FormErrors;
import org.factdesk.web.DateInput;
import org.hibernate.StaleObjectStateException;

import io.quarkus.security.ForbiddenException;

/**
 * The claim workflow of DESIGN.md section 3, the one place its rules live: pages and API both come here. Each step
 * checks the person's role, their relation to the claim (a reviewer works only on claims assigned to them, an
 * approver never approves their own verdict), the claim's status and, when given, the version the person saw.
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

    /** Field errors in what the person sent; nothing was changed. */
    public static class InvalidReviewException extends RuntimeException {
        public final transient FormErrors errors;

        public InvalidReviewException(FormErrors errors) {
            super(String.join(" ", errors.asMap().values()));
            this.errors = errors;
        }
    }

    /** What a person can do to a claim now; pages show only these controls. */
    public enum Action {
        ASSIGN, WRITE_VERDICT, SUBMIT, APPROVE, RETURN, DISMISS, REOPEN, CORRECT
    }

    /** An assignment as typed: reviewer's username, due date (yyyy-mm-dd) and an optional priority. */
    public record Assignment(String reviewer, String due, String priority) {
    }

    /** One evidence row as typed. */
    public record SourceInput(String url, String title, String publisher, String excerpt) {
        boolean blank() {
            return isBlank(url) && isBlank(title) && isBlank(publisher) && isBlank(excerpt);
        }
    }

    /** A verdict as typed; {@code correctionNote} matters only on a correction. */
    public record VerdictInput(String rating, String summary, String analysis, String correctionNote,
            List<SourceInput> sources) {
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

    /** The steps open to {@code who} on {@code claim} as it stands. */
    public Set<Action> actions(Claim claim, Account who) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (who == null) {
            return actions;
        }
        boolean editor = who.roles.contains(Role.EDITOR_NAME);
        boolean assignee = isAssignee(claim, who);
        switch (claim.status) {
            case NEW -> {
                if (editor) {
                    actions.add(Action.ASSIGN);
                    actions.add(Action.DISMISS);
                }
            }
            case ASSIGNED, IN_REVIEW -> {
                if (editor) {
                    actions.add(Action.ASSIGN);
                    actions.add(Action.DISMISS);
                }
                if (assignee) {
                    actions.add(Action.WRITE_VERDICT);
                    actions.add(Action.SUBMIT);
                }
            }
            case SUBMITTED -> {
                if (editor) {
                    if (claim.currentVerdict == null || !claim.currentVerdict.touchedBy(who)) {
                        actions.add(Action.APPROVE);
                    }
                    actions.add(Action.RETURN);
                    actions.add(Action.DISMISS);
                }
            }
            case PUBLISHED -> {
                if (editor) {
                    actions.add(Action.CORRECT);
                }
            }
            case DISMISSED -> {
                if (editor) {
                    actions.add(Action.REOPEN);
                }
            }
        }
        return actions;
    }

    /** Assigns or reassigns the claim to a reviewer with a due date. */
    @Transactional
    public Claim assign(long id, Long version, Assignment input, Account by) {
        AuditContext.record("assign", null);
        Claim claim = load(id, version);
        requireEditor(by, "assign claims");
        requireStatus(claim, "assign it", ClaimStatus.NEW, ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW);
        FormErrors errors = new FormErrors();
        Account reviewer = reviewer(input.reviewer(), errors);
        LocalDate due = dueDate(input.due(), errors);
        Priority priority = priority(input.priority(), claim.priority, errors);
        throwIfAny(errors);
        boolean changedPerson = claim.assignee == null || !claim.assignee.id.equals(reviewer.id);
        if (changedPerson) {
            contributed(claim.currentVerdict, by);
        }
        claim.assignee = reviewer;
        claim.dueDate = due;
        claim.priority = priority;
        if (claim.status == ClaimStatus.NEW) {
            claim.status = ClaimStatus.ASSIGNED;
        }
        touch(claim);
        if (changedPerson) {
            fire(ReviewEvent.Type.ASSIGNED, claim, by, reviewer, null);
        }
        return flush(claim);
    }

    /**
     * Assigns every listed claim that can be assigned now; claims in another status or missing are reported, not
     * fatal, so one published claim in the selection does not block the rest.
     */
    @Transactional
    public BulkResult assignAll(List<Long> ids, Assignment input, Account by) {
        AuditContext.record("bulk-assign", null);
        requireEditor(by, "assign claims");
        FormErrors errors = new FormErrors();
        if (ids == null || ids.isEmpty()) {
            errors.add("ids", "Tick the claims to assign.");
        } else if (ids.size() > 200) {
            errors.add("ids", "Assign at most 200 claims at once.");
        }
        Account reviewer = reviewer(input.reviewer(), errors);
        LocalDate due = dueDate(input.due(), errors);
        throwIfAny(errors);
        int assigned = 0;
        List<String> skipped = new ArrayList<>();
        for (Claim claim : Claim.<Claim>list("id in ?1 order by id", ids)) {
            if (!EnumSet.of(ClaimStatus.NEW, ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW).contains(claim.status)) {
                skipped.add("Claim " + claim.id + " is " + claim.status.label.toLowerCase() + ".");
                continue;
            }
            boolean changedPerson = claim.assignee == null || !claim.assignee.id.equals(reviewer.id);
            if (changedPerson) {
                contributed(claim.currentVerdict, by);
            }
            claim.assignee = reviewer;
            claim.dueDate = due;
            if (claim.status == ClaimStatus.NEW) {
                claim.status = ClaimStatus.ASSIGNED;
            }
            touch(claim);
            if (changedPerson) {
                fire(ReviewEvent.Type.ASSIGNED, claim, by, reviewer, null);
            }
            assigned++;
        }
        int missing = ids.size() - assigned - skipped.size();
        if (missing > 0) {
            skipped.add(missing + (missing == 1 ? " claim no longer exists." : " claims no longer exist."));
        }
        Claim.flush();
        return new BulkResult(assigned, skipped);
    }

    /** The assignee saves their verdict as a draft; the claim is then in review. */
    @Transactional
    public Claim saveDraft(long id, Long version, VerdictInput input, Account by) {
        AuditContext.record("save-draft", null);
        Claim claim = load(id, version);
        requireAssignee(claim, by);
        requireStatus(claim, "save a draft", ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW);
        if (version == null) {
            // Saving replaces the draft as a whole: without the version the person saw, a stale or half-built
            // verdict would silently overwrite their work.
            throw new InvalidReviewException(new FormErrors().add("version",
                    "Send the claim's current version with the draft; it replaces the saved one."));
        }
        write(claim, input, by, false);
        claim.status = ClaimStatus.IN_REVIEW;
        touch(claim);
        fire(ReviewEvent.Type.DRAFT_SAVED, claim, by, null, null);
        return flush(claim);
    }

    /**
     * The assignee submits the verdict for a second editor's approval. With {@code input} the verdict is saved first
     * (the form's Submit button); without, the saved draft is submitted as it is (the API's submit call).
     */
    @Transactional
    public Claim submit(long id, Long version, VerdictInput input, Account by) {
        AuditContext.record("submit", null);
        Claim claim = load(id, version);
        requireAssignee(claim, by);
        requireStatus(claim, "submit it", ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW);
        Verdict verdict;
        if (input != null) {
            verdict = write(claim, input, by, true);
        } else {
            verdict = claim.currentVerdict;
            if (verdict == null || verdict.state != VerdictState.DRAFT) {
                throw new InvalidReviewException(new FormErrors().add("rating",
                        "There is no draft verdict to submit: save one first."));
            }
            throwIfAny(completeness(verdict));
            verdict.author = by;
            contributed(verdict, by);
        }
        verdict.state = VerdictState.SUBMITTED;
        verdict.submittedAt = Instant.now();
        verdict.updatedAt = verdict.submittedAt;
        claim.status = ClaimStatus.SUBMITTED;
        claim.returnNote = null;
        touch(claim);
        fire(ReviewEvent.Type.SUBMITTED, claim, by, null, null);
        return flush(claim);
    }

    /** A second editor approves the submitted verdict, which is then published. */
    @Transactional
    public Claim approve(long id, Long version, Account by) {
        AuditContext.record("approve", null);
        Claim claim = load(id, version);
        requireEditor(by, "approve verdicts");
        requireStatus(claim, "approve it", ClaimStatus.SUBMITTED);
        Verdict verdict = claim.currentVerdict;
        if (verdict.touchedBy(by)) {
            throw new TransitionException("You worked on this verdict (you wrote, submitted or reassigned it), so "
                    + "another editor must approve it (four eyes).");
        }
        Instant now = Instant.now();
        verdict.state = VerdictState.PUBLISHED;
        verdict.approver = by;
        verdict.approvedAt = now;
        verdict.updatedAt = now;
        claim.publishedVerdict = verdict;
        claim.status = ClaimStatus.PUBLISHED;
        touch(claim);
        fire(ReviewEvent.Type.APPROVED, claim, by, verdict.author, null);
        return flush(claim);
    }

    /** An editor sends the submitted verdict back to the reviewer with a note saying what to change. */
    @Transactional
    public Claim returnToReviewer(long id, Long version, String note, Account by) {
        AuditContext.record("return", note);
        Claim claim = load(id, version);
        requireEditor(by, "return verdicts");
        requireStatus(claim, "return it", ClaimStatus.SUBMITTED);
        String text = required(note, "note", "Write a note telling the reviewer what to change.");
        claim.currentVerdict.state = VerdictState.DRAFT;
        claim.currentVerdict.updatedAt = Instant.now();
        claim.returnNote = text;
        claim.status = ClaimStatus.IN_REVIEW;
        touch(claim);
        fire(ReviewEvent.Type.RETURNED, claim, by, claim.assignee, text);
        return flush(claim);
    }

    /** An editor sets the claim aside with a reason (not check-worthy, duplicate, …). */
    @Transactional
    public Claim dismiss(long id, Long version, String reason, Account by) {
        AuditContext.record("dismiss", reason);
        Claim claim = load(id, version);
        requireEditor(by, "dismiss claims");
        requireStatus(claim, "dismiss it", ClaimStatus.NEW, ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW,
                ClaimStatus.SUBMITTED);
        String text = required(reason, "reason", "Give the reason for dismissing the claim.");
        if (claim.currentVerdict != null && claim.currentVerdict.state == VerdictState.SUBMITTED) {
            claim.currentVerdict.state = VerdictState.DRAFT;
        }
        claim.dismissReason = text;
        claim.status = ClaimStatus.DISMISSED;
        touch(claim);
        fire(ReviewEvent.Type.DISMISSED, claim, by, claim.assignee, text);
        return flush(claim);
    }

    /** An editor brings a dismissed claim back as new and unassigned. */
    @Transactional
    public Claim reopen(long id, Long version, Account by) {
        AuditContext.record("reopen", null);
        Claim claim = load(id, version);
        requireEditor(by, "reopen claims");
        requireStatus(claim, "reopen it", ClaimStatus.DISMISSED);
        claim.status = ClaimStatus.NEW;
        claim.dismissReason = null;
        claim.assignee = null;
        claim.dueDate = null;
        touch(claim);
        fire(ReviewEvent.Type.REOPENED, claim, by, null, null);
        return flush(claim);
    }

    /**
     * An editor opens a correction of a published verdict. The published verdict stays as it is and stays public;
     * a new draft revision starts as its copy, carrying the reason as its correction note, for the reviewer to revise.
     */
    @Transactional
    public Claim openCorrection(long id, Long version, String reason, Account by) {
        AuditContext.record("correction", reason);
        Claim claim = load(id, version);
        requireEditor(by, "open corrections");
        requireStatus(claim, "correct it", ClaimStatus.PUBLISHED);
        String text = required(reason, "reason", "Say what needs correcting and why.");
        if (claim.assignee == null || !claim.assignee.active) {
            throw new TransitionException("The claim has no active reviewer to revise it; reassign it first.");
        }
        Verdict published = claim.publishedVerdict;
        Verdict next = newVerdict(claim, published.revision + 1);
        next.rating = published.rating;
        next.summary = published.summary;
        next.analysis = published.analysis;
        next.correctionNote = text;
        for (Source s : published.sources) {
            next.sources.add(source(next, s.position, s.url, s.title, s.publisher, s.excerpt, s.accessedOn));
        }
        next.persist();
        claim.currentVerdict = next;
        claim.status = ClaimStatus.IN_REVIEW;
        touch(claim);
        fire(ReviewEvent.Type.CORRECTION_OPENED, claim, by, claim.assignee, text);
        return flush(claim);
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

    /** Validates and stores the typed verdict on the current draft, making one when there is none. */
    private Verdict write(Claim claim, VerdictInput input, Account by, boolean forSubmission) {
        FormErrors errors = new FormErrors();
        Verdict verdict = claim.currentVerdict;
        boolean correction = verdict != null && verdict.isCorrection();
        Rating rating = null;
        if (!isBlank(input.rating())) {
            rating = Rating.byKey(input.rating()).orElse(null);
            if (rating == null) {
                errors.add("rating", "Choose a rating from the scale.");
            } else if (rating.retired && (verdict == null || verdict.rating == null || !verdict.rating.id.equals(rating.id))) {
                errors.add("rating", "The rating " + rating.label + " is retired; choose another.");
            }
        }
        String summary = strip(input.summary());
        if (summary.length() > Verdict.MAX_SUMMARY) {
            errors.add("summary", "Keep the summary to one line of at most " + Verdict.MAX_SUMMARY + " characters.");
        } else if (summary.contains("\n")) {
            errors.add("summary", "Keep the summary to one line.");
        }
        String analysis = strip(input.analysis());
        if (analysis.length() > Verdict.MAX_ANALYSIS) {
            errors.add("analysis", "Use at most " + Verdict.MAX_ANALYSIS + " characters.");
        }
        String correctionNote = strip(input.correctionNote());
        if (correctionNote.length() > MAX_NOTE) {
            errors.add("correctionNote", "Use at most " + MAX_NOTE + " characters.");
        }
        List<SourceInput> rows = new ArrayList<>();
        List<SourceInput> typed = input.sources() == null ? List.of() : input.sources();
        for (int i = 0; i < typed.size(); i++) {
            SourceInput row = typed.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String url = strip(row.url());
            if (url.isEmpty()) {
                errors.add("source-" + i + "-url", "Give the address of this source.");
            } else {
                int index = i;
                ArticleService.validUrl(url).ifPresent(m -> errors.add("source-" + index + "-url", m));
            }
            if (strip(row.title()).length() > 300) {
                errors.add("source-" + i + "-title", "Use at most 300 characters.");
            }
            if (strip(row.publisher()).length() > 200) {
                errors.add("source-" + i + "-publisher", "Use at most 200 characters.");
            }
            if (strip(row.excerpt()).length() > 5000) {
                errors.add("source-" + i + "-excerpt", "Use at most 5,000 characters.");
            }
            rows.add(row);
        }
        if (rows.size() > Verdict.MAX_SOURCES) {
            errors.add("sources", "Cite at most " + Verdict.MAX_SOURCES + " sources.");
        }
        if (forSubmission) {
            if (rating == null && !errors.has("rating")) {
                errors.add("rating", "Choose a rating before submitting.");
            }
            if (summary.isEmpty() && !errors.has("summary")) {
                errors.add("summary", "Write a one-line summary before submitting.");
            }
            if (rows.isEmpty()) {
                errors.add("sources", "Cite at least one source with a web address before submitting.");
            }
            if (correction && correctionNote.isEmpty()) {
                errors.add("correctionNote", "Say what this correction changes; readers see the note.");
            }
        }
        throwIfAny(errors);
        if (verdict == null || verdict.state == VerdictState.PUBLISHED) {
            verdict = newVerdict(claim, verdict == null ? 1 : verdict.revision + 1);
            verdict.persist();
            claim.currentVerdict = verdict;
        }
        verdict.rating = rating;
        verdict.summary = summary.isEmpty() ? null : summary;
        verdict.analysis = analysis.isEmpty() ? null : analysis;
        if (verdict.isCorrection()) {
            verdict.correctionNote = correctionNote.isEmpty() ? null : correctionNote;
        }
        verdict.author = by;
        contributed(verdict, by);
        verdict.updatedAt = Instant.now();
        // Rows are updated in place, so a save that changes nothing writes no audit rows for the sources.
        LocalDate today = LocalDate.now();
        for (int i = 0; i < rows.size(); i++) {
            SourceInput row = rows.get(i);
            if (i < verdict.sources.size()) {
                Source s = verdict.sources.get(i);
                String url = strip(row.url());
                if (!url.equals(s.url)) {
                    s.url = url;
                    s.accessedOn = today;
                }
                s.title = nullIfBlank(row.title());
                s.publisher = nullIfBlank(row.publisher());
                s.excerpt = nullIfBlank(row.excerpt());
                s.position = i;
            } else {
                verdict.sources.add(source(verdict, i, strip(row.url()), nullIfBlank(row.title()),
                        nullIfBlank(row.publisher()), nullIfBlank(row.excerpt()), today));
            }
        }
        while (verdict.sources.size() > rows.size()) {
            verdict.sources.remove(verdict.sources.size() - 1);
        }
        return verdict;
    }

    /** What a stored draft still lacks before it can be submitted. */
    private static FormErrors completeness(Verdict verdict) {
        FormErrors errors = new FormErrors();
        if (verdict.rating == null) {
            errors.add("rating", "Choose a rating before submitting.");
        } else if (verdict.rating.retired) {
            errors.add("rating", "The rating " + verdict.rating.label + " is retired; choose another.");
        }
        if (verdict.summary == null || verdict.summary.isBlank()) {
            errors.add("summary", "Write a one-line summary before submitting.");
        }
        if (verdict.sources.isEmpty()) {
            errors.add("sources", "Cite at least one source with a web address before submitting.");
        }
        if (verdict.isCorrection() && (verdict.correctionNote == null || verdict.correctionNote.isBlank())) {
            errors.add("correctionNote", "Say what this correction changes; readers see the note.");
        }
        return errors;
    }

    private static Verdict newVerdict(Claim claim, int revision) {
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.revision = revision;
        verdict.state = VerdictState.DRAFT;
        verdict.createdAt = Instant.now();
        verdict.updatedAt = verdict.createdAt;
        return verdict;
    }

    private static Source source(Verdict verdict, int position, String url, String title, String publisher,
            String excerpt, LocalDate accessedOn) {
        Source source = new Source();
        source.verdict = verdict;
        source.position = position;
        source.url = url;
        source.title = title;
        source.publisher = publisher;
        source.excerpt = excerpt;
        source.accessedOn = accessedOn;
        return source;
    }

    private Claim load(long id, Long version) {
        Claim claim = claims.find(id);
        if (version != null && claim.version != version) {
            throw new StaleClaimException(claim.id);
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
            throw new StaleClaimException(claim.id);
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

    private static void requireEditor(Account by, String what) {
        if (by == null || !by.roles.contains(Role.EDITOR_NAME)) {
            throw new ForbiddenException("Only editors can " + what + ".");
        }
    }

    private static void requireAssignee(Claim claim, Account by) {
        if (by == null || !by.roles.contains(Role.REVIEWER_NAME) || !isAssignee(claim, by)) {
            throw new ForbiddenException("Only the reviewer this claim is assigned to can work on its verdict.");
        }
    }

    private static void requireStatus(Claim claim, String what, ClaimStatus... allowed) {
        for (ClaimStatus s : allowed) {
            if (claim.status == s) {
                return;
            }
        }
        throw new TransitionException("The claim is " + claim.status.label.toLowerCase() + ", so you cannot " + what
                + " now.");
    }

    private static Account reviewer(String username, FormErrors errors) {
        if (isBlank(username)) {
            errors.add("reviewer", "Choose the reviewer.");
            return null;
        }
        Account reviewer = Account.findByUsername(username.strip()).orElse(null);
        if (reviewer == null || !reviewer.active || !reviewer.roles.contains(Role.REVIEWER_NAME)) {
            errors.add("reviewer", "Choose an active reviewer.");
            return null;
        }
        return reviewer;
    }

    private static LocalDate dueDate(String due, FormErrors errors) {
        if (isBlank(due)) {
            errors.add("due", "Give a due date.");
            return null;
        }
        try {
            LocalDate date = DateInput.parse(due);
            if (date.isBefore(LocalDate.now())) {
                errors.add("due", "Choose today or a later date.");
            } else if (date.isAfter(LocalDate.now().plusYears(2))) {
                errors.add("due", "Choose a date within two years.");
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
            errors.add("priority", "Choose low, normal, high or urgent.");
            return current;
        }
        return p;
    }

    private static String required(String value, String field, String message) {
        String text = strip(value);
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.add(field, message);
        } else if (text.length() > MAX_NOTE) {
            errors.add(field, "Use at most " + MAX_NOTE + " characters.");
        }
        throwIfAny(errors);
        return text;
    }

    private static void throwIfAny(FormErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidReviewException(errors);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String nullIfBlank(String s) {
        return isBlank(s) ? null : s.strip();
    }
}

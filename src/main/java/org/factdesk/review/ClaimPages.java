package org.factdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.account.Account;
import org.factdesk.account.AccountChoice;
import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.claim.Rating;
import org.factdesk.claim.Verdict;
import org.factdesk.claim.similar.SimilarClaims;
import org.factdesk.review.comment.Comment;
import org.factdesk.review.comment.CommentService;
import org.factdesk.web.Choice;
import org.factdesk.web.DeskClock;
import org.factdesk.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders the claim page, the one page where a claim is read, assigned, reviewed and approved. The claim and
 * workflow resources both answer with it: fresh, re-rendered with a form's typed values and messages (422), or with
 * a conflict (409) showing the saved values beside what the person typed.
 */
@ApplicationScoped
public class ClaimPages {

    /** The forms on the page: what they show, which one failed and why. */
    public record State(ClaimService.ClaimEdit details, Assignment assign, VerdictInput verdict, String note, String reason,
            FormErrors errors, String failed, boolean conflict, long version) {

        /**
         * The page as stored now. Its forms carry the current version, also after a conflict: sending the typed
         * values again is then a deliberate overwrite.
         */
        public static State fresh(Claim claim) {
            return new State(ClaimService.ClaimEdit.of(claim), Assignment.of(claim), VerdictInput.of(claim.currentVerdict), "", "",
                    new FormErrors(), "", false, claim.version);
        }

        public State failedDetails(ClaimService.ClaimEdit form, FormErrors errors, boolean conflict) {
            return new State(form, assign, verdict, note, reason, errors, "details", conflict, version);
        }

        public State failedAssign(Assignment form, FormErrors errors, boolean conflict) {
            return new State(details, form, verdict, note, reason, errors, "assign", conflict, version);
        }

        public State failedVerdict(VerdictInput form, FormErrors errors, boolean conflict) {
            return new State(details, assign, form, note, reason, errors, "verdict", conflict, version);
        }

        /** A failed note form: {@code section} is return, dismiss, correction, approve or reopen. */
        public State failedNote(String section, String text, FormErrors errors, boolean conflict) {
            boolean isNote = section.equals("return");
            return new State(details, assign, verdict, isNote ? text : note, isNote ? reason : text, errors, section,
                    conflict, version);
        }

        /**
         * The verdict form redrawn mid-edit (a source row added or removed) keeps the version the person loaded,
         * so saving it later still detects a change made meanwhile.
         */
        public State redrawnVerdict(VerdictInput form, long loadedVersion) {
            return new State(details, assign, form, note, reason, new FormErrors(), "verdict", false, loadedVersion);
        }

        public boolean failed(String section) {
            return failed.equals(section);
        }

        /** The form's messages when {@code section} is the form that failed, else none. */
        public FormErrors errorsFor(String section) {
            return failed(section) ? errors : new FormErrors();
        }

        /** The message for {@code field} of the form {@code section}, or empty when another form failed. */
        public String errorFor(String section, String field) {
            return failed(section) ? errors.get(field) : "";
        }

        /** The note or reason typed into the form {@code section}, or empty when another form failed. */
        public String textFor(String section) {
            return !failed(section) ? "" : section.equals("return") ? note : reason;
        }
    }

    /** Which controls the signed-in person gets. */
    public record Can(boolean editDetails, boolean assign, boolean writeVerdict, boolean approve, boolean returnIt,
            boolean dismiss, boolean reopen, boolean correct, boolean ownSubmitted) {
    }

    @CheckedTemplate(basePath = "ClaimResource")
    static class Templates {
        static native TemplateInstance show(Claim claim, State state, Can can, List<Choice> reviewers,
                List<Rating> ratings, List<Verdict> verdicts, Priority[] priorities, boolean overdue,
                List<Comment> comments, boolean canComment, SimilarClaims.Result similar);
    }

    @Inject
    ReviewService review;

    @Inject
    CommentService comments;

    @Inject
    SimilarClaims similar;

    public TemplateInstance show(Claim claim, State state, Account me) {
        Set<Action> actions = review.actions(claim, me);
        boolean editor = me != null && me.roles.contains(Role.EDITOR_NAME);
        boolean ownSubmitted = editor && claim.status == ClaimStatus.SUBMITTED && !actions.contains(Action.APPROVE);
        Can can = new Can(editor, actions.contains(Action.ASSIGN), actions.contains(Action.WRITE_VERDICT),
                actions.contains(Action.APPROVE), actions.contains(Action.RETURN), actions.contains(Action.DISMISS),
                actions.contains(Action.REOPEN), actions.contains(Action.CORRECT), ownSubmitted);
        List<Choice> reviewers = can.assign() ? Choice.of(AccountChoice.activeWithRole(Role.REVIEWER),
                AccountChoice::username, AccountChoice::labelWithUsername, state.assign().reviewer()) : List.of();
        List<Rating> ratings = can.writeVerdict() ? new ArrayList<>(Rating.active()) : List.of();
        Rating chosen = claim.currentVerdict == null ? null : claim.currentVerdict.rating;
        if (can.writeVerdict() && chosen != null && chosen.retired) {
            // A draft keeps its retired rating until the reviewer picks another.
            ratings.add(chosen);
        }
        boolean overdue = DeskClock.isOverdue(claim.dueDate) && ClaimQueries.OPEN.contains(claim.status);
        return Templates.show(claim, state, can, reviewers, ratings, Verdict.history(claim), Priority.values(),
                overdue, comments.thread(claim), me != null && comments.canComment(me, claim), similar.of(claim));
    }
}

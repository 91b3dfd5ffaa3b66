package org.factdesk.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The review workflow's words: the names of its steps ({@link Action}), in English;
 * {@code messages/review_<tag>.properties} holds each other language. Templates write {@code {action.label}}
 * ({@link ActionLabels}); the enum's keys stay as they are.
 */
@MessageBundle("review")
public interface ReviewMessages {

    @Message("{#when action}{#is ASSIGN}Assign{#is WRITE_VERDICT}Save draft{#is SUBMIT}Submit for approval"
            + "{#is APPROVE}Approve and publish{#is RETURN}Return to reviewer{#is DISMISS}Dismiss{#is REOPEN}Reopen"
            + "{#is CORRECT}Open a correction{/when}")
    String step(Action action);

    @Message("Claim {id}")
    String claimTitle(Long id);

    @Message("History")
    String history();

    @Message("This claim changed while you were working on it, so nothing you sent was saved.")
    String conflictLead();

    @Message("The page now shows the saved values; what you typed is kept in the form marked “Yours (not saved)”. Compare, then send it again if it should still apply.")
    String conflictRest();

    @Message("Your text:")
    String yourText();

    @Message("In the article")
    String inTheArticle();

    @Message("Characters {start}–{end} · check-worthiness {score} · priority {priority}")
    String quoteFacts(int start, int end, String score, String priority);

    @Message("Similar claims")
    String similarClaims();

    @Message("Similar claims are still being indexed; reload the page in a moment.")
    String similarIndexing();

    @Message("No similar claims in the desk.")
    String noSimilar();

    @Message("Returned by the editor")
    String returnedByEditor();

    @Message("Dismissed")
    String dismissedHeading();

    @Message("No reason recorded.")
    String noReason();

    @Message("Reopen")
    String reopen();

    @Message("Published verdict")
    String publishedVerdict();

    @Message("corrected")
    String corrected();

    @Message("Public page")
    String publicPage();

    @Message("Open a correction")
    String openACorrection();

    @Message("Reason")
    String reason();

    @Message("What is wrong and why; the reviewer sees this and readers see the correction note.")
    String correctionReasonHint();

    @Message("Open correction")
    String openCorrection();

    @Message("Correction (revision {revision})")
    String correctionRevision(int revision);

    @Message("Verdict")
    String verdict();

    @Message("Saved now")
    String savedNow();

    @Message("No verdict saved.")
    String noVerdictSaved();

    @Message("Yours (not saved)")
    String yoursNotSaved();

    @Message("Yours (not saved):")
    String yoursNotSavedLabel();

    @Message("Nothing was saved: see the messages below.")
    String nothingSaved();

    @Message("Choose a rating")
    String chooseRating();

    @Message("Summary")
    String summary();

    @Message("One line that explains the rating; readers see it first.")
    String summaryHint();

    @Message("Analysis")
    String analysis();

    @Message("The full explanation. Markdown: *emphasis*, lists, [links](https://…).")
    String analysisHint();

    @Message("Correction note")
    String correctionNote();

    @Message("Readers see this note with the corrected verdict.")
    String correctionNoteHint();

    @Message("Sources")
    String sources();

    @Message("Source {number}")
    String source(int number);

    @Message("URL")
    String url();

    @Message("Title")
    String title();

    @Message("Publisher")
    String publisher();

    @Message("Excerpt")
    String excerpt();

    @Message("Remove source {number}")
    String removeSource(int number);

    @Message("Add source")
    String addSource();

    @Message("Save draft")
    String saveDraft();

    @Message("Submit for approval")
    String submitForApproval();

    @Message("Submitted verdict")
    String submittedVerdict();

    @Message("Draft verdict")
    String draftVerdict();

    @Message("correction, revision {revision}")
    String correctionOfRevision(int revision);

    @Message("You worked on this verdict (you wrote, submitted or reassigned it), so another editor must approve it.")
    String ownSubmitted();

    @Message("Approve and publish")
    String approveAndPublish();

    @Message("Note")
    String note();

    @Message("What the reviewer should change; they see this note.")
    String returnNoteHint();

    @Message("Return to reviewer")
    String returnToReviewer();

    @Message("All verdicts")
    String allVerdicts();

    @Message("Revision {revision}")
    String revision(int revision);

    @Message("approved {date}")
    String approvedOn(String date);

    @Message("Assignment")
    String assignment();

    @Message("Saved now: {who}")
    String savedNowWho(String who);

    @Message("Saved now: nobody")
    String savedNowNobody();

    @Message("Below: yours (not saved).")
    String belowYours();

    @Message("Reassign")
    String reassign();

    @Message("Details")
    String details();

    @Message("Saved statement")
    String savedStatement();

    @Message("Saved claimant")
    String savedClaimant();

    @Message("Saved tags")
    String savedTags();

    @Message("Save claim")
    String saveClaim();

    @Message("Dismiss")
    String dismiss();

    @Message("Why this claim will not be checked (not checkable, duplicate, …).")
    String dismissReasonHint();

    @Message("Correction:")
    String correctionLabel();

    @Message("No sources yet.")
    String noSourcesYet();

    @Message("accessed {date}")
    String accessedOn(String date);

    @Message("By {name}")
    String byAuthor(String name);

    @Message("submitted")
    String submitted();

    @Message("approved by {name}")
    String approvedBy(String name);

    @Message("Comments")
    String comments();

    @Message("No comments yet.")
    String noComments();

    @Message("Comment")
    String comment();

    @Message("Markdown; @username notifies a colleague.")
    String commentHint();

    @Message("Add comment")
    String addComment();

    @Message("Comments on claim {id}")
    String commentsOnClaim(Long id);

    @Message("Not allowed:")
    String notAllowed();

    @Message("The comment was not added: see the message below.")
    String commentNotAdded();

    @Message("Claim assigned.")
    String claimAssigned();

    @Message("Verdict submitted for approval.")
    String verdictSubmitted();

    @Message("Draft saved.")
    String draftSaved();

    @Message("Verdict approved and published.")
    String verdictApproved();

    @Message("Verdict returned to the reviewer.")
    String verdictReturned();

    @Message("Claim dismissed.")
    String claimDismissed();

    @Message("Claim reopened.")
    String claimReopened();

    @Message("Correction opened; the reviewer has been told.")
    String correctionOpened();

    @Message("Assigned {assigned} {#if assigned == 1}claim{#else}claims{/if}.")
    String bulkAssigned(int assigned);

    @Message("Not assigned: {skipped}")
    String bulkNotAssigned(String skipped);

    @Message("Claim saved.")
    String claimSaved();

    @Message("Comment added.")
    String commentAdded();

    // Field errors of the workflow's steps (issue 15), in the reader's language where they are made.

    @Message("Choose a rating from the scale.")
    String ratingNotOnScale();

    @Message("The rating {label} is retired; choose another.")
    String ratingRetired(String label);

    @Message("Keep the summary to one line of at most {max} characters.")
    String summaryTooLong(int max);

    @Message("Keep the summary to one line.")
    String summaryOneLine();

    @Message("Use at most {max} characters.")
    String atMostChars(String max);

    @Message("Choose a rating before submitting.")
    String needsRating();

    @Message("Write a one-line summary before submitting.")
    String needsSummary();

    @Message("Cite at least one source with a web address before submitting.")
    String needsSource();

    @Message("Say what this correction changes; readers see the note.")
    String needsCorrectionNote();

    @Message("Give the address of this source.")
    String sourceNeedsUrl();

    @Message("Cite at most {max} sources.")
    String tooManySources(int max);

    @Message("Choose the reviewer.")
    String chooseReviewer();

    @Message("Choose an active reviewer.")
    String chooseActiveReviewer();

    @Message("Give a due date.")
    String giveDueDate();

    @Message("Choose today or a later date.")
    String dueNotPast();

    @Message("Choose a date within two years.")
    String dueWithinTwoYears();

    @Message("Choose low, normal, high or urgent.")
    String choosePriority();

    @Message("Tick the claims to assign.")
    String tickClaims();

    @Message("Assign at most {max} claims at once.")
    String assignAtMost(int max);

    /** One claim a bulk assignment left out; {@code status} is the status's name in lower case. */
    @Message("Claim {id} is {status}.")
    String skippedInStatus(long id, String status);

    @Message("{missing} {#if missing == 1}claim no longer exists{#else}claims no longer exist{/if}.")
    String skippedMissing(int missing);

    @Message("Send the claim's current version with the draft; it replaces the saved one.")
    String draftNeedsVersion();

    @Message("There is no draft verdict to submit: save one first.")
    String noDraftToSubmit();

    @Message("Write a note telling the reviewer what to change.")
    String returnNeedsNote();

    @Message("Give the reason for dismissing the claim.")
    String dismissNeedsReason();

    @Message("Say what needs correcting and why.")
    String correctionNeedsReason();

    @Message("Write a comment.")
    String commentMissing();

    @Message("Use at most 10,000 characters; this comment has {length}.")
    String commentTooLong(int length);

    @Message("Remove the NUL character (an invisible control character) from the comment.")
    String commentHasNul();

    // Why a workflow step is refused (issue 15); {status} is the status's name in lower case.

    @Message("Only editors can {#when action}{#is ASSIGN}assign claims{#is APPROVE}approve verdicts"
            + "{#is RETURN}return verdicts{#is DISMISS}dismiss claims{#is REOPEN}reopen claims"
            + "{#is CORRECT}open corrections{#else}do this{/when}.")
    String onlyEditors(Action action);

    @Message("Only the reviewer this claim is assigned to can work on its verdict.")
    String onlyAssignee();

    @Message("The claim is {status}, so you cannot {#when action}{#is ASSIGN}assign it{#is WRITE_VERDICT}save a draft"
            + "{#is SUBMIT}submit it{#is APPROVE}approve it{#is RETURN}return it{#is DISMISS}dismiss it"
            + "{#is REOPEN}reopen it{#is CORRECT}correct it{/when} now.")
    String notNow(Action action, String status);

    @Message("You worked on this verdict (you wrote, submitted or reassigned it), so another editor must approve it "
            + "(four eyes).")
    String fourEyes();

    @Message("The claim has no active reviewer to revise it; reassign it first.")
    String noActiveReviewer();

    @Message("{#when refusal}{#is NO_ACTIVE_ACCOUNT}Only people with an active desk account can comment."
            + "{#is NOT_ASSIGNED}Only the reviewer assigned to this claim, or an editor, can comment on it."
            + "{#is READ_ONLY}Only editors and the claim's reviewer can comment; your roles can read the comments."
            + "{/when}")
    String commentRefused(org.factdesk.review.comment.CommentRefusal refusal);

    @Message("This form came without the version it was loaded with; nothing was saved. Reload the page.")
    String formWithoutVersion();
}

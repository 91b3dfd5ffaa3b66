package org.factdesk.history;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a claim's history page, in English; {@code messages/history_<tag>.properties} holds each other language.
 */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("History of claim {id}")
    String title(long id);

    @Message("Back to claim {id}")
    String back(long id);

    @Message("No changes to this claim have been recorded.")
    String empty();

    @Message("{total} {#if total == 1}change{#else}changes{/if}, newest first. In the differences, removed words are struck through and added words underlined.")
    String count(int total);

    // The narration of each revision (issue 15): each line follows the person's name ("Ana changed the statement").

    @Message("Note")
    String noteLabel();

    @Message("Reason")
    String reasonLabel();

    @Message("none")
    String none();

    /** A value as the narration quotes it. */
    @Message("“{value}”")
    String quoted(String value);

    @Message("made the claim")
    String madeClaim();

    @Message("changed the assignment")
    String changedAssignment();

    @Message("updated the assignment of {person}")
    String updatedAssignmentOf(String person);

    @Message("assigned the claim to {person}{#if due}, due {due}{/if}")
    String assignedTo(String person, String due);

    @Message("reassigned the claim from {from} to {to}{#if due}, due {due}{/if}")
    String reassigned(String from, String to, String due);

    @Message("started the verdict")
    String startedVerdict();

    @Message("saved the draft verdict")
    String savedDraft();

    @Message("submitted the verdict for approval")
    String submitted();

    @Message("returned the verdict")
    String returned();

    @Message("returned the verdict to {person}")
    String returnedTo(String person);

    @Message("approved and published the verdict")
    String approved();

    @Message("dismissed the claim")
    String dismissed();

    @Message("reopened the claim")
    String reopened();

    @Message("opened a correction")
    String openedCorrection();

    @Message("changed the statement")
    String changedStatement();

    @Message("changed the tags from {before} to {after}")
    String changedTags(String before, String after);

    @Message("commented")
    String commented();

    @Message("deleted a comment")
    String deletedComment();

    @Message("edited a comment")
    String editedComment();

    @Message("saved the claim details without changing them")
    String savedUnchanged();

    @Message("updated the claim")
    String updatedClaim();

    /** A field's name with its article, as the lines below use it. */
    @Message("{#when field}{#is CLAIMANT}the claimant{#is CLAIM_DATE}the claim date"
            + "{#is APPEARANCE_URL}the appearance URL{#is PRIORITY}the priority{#is REVIEWER}the reviewer"
            + "{#is DUE_DATE}the due date{#is STATUS}the status{#is RATING}the rating{#is SUMMARY}the summary"
            + "{#is ANALYSIS}the analysis{#is CORRECTION_NOTE}the correction note{#is TITLE}the title"
            + "{#is PUBLISHER}the publisher{#is EXCERPT}the excerpt{/when}")
    String field(HistoryField field);

    @Message("set {field} to {after}")
    String setValue(String field, String after);

    @Message("removed {field} {before}")
    String removedValue(String field, String before);

    @Message("changed {field} from {before} to {after}")
    String changedValue(String field, String before, String after);

    @Message("wrote {field}")
    String wroteText(String field);

    @Message("removed {field}")
    String removedText(String field);

    @Message("changed {field}")
    String changedText(String field);

    @Message("added the source {source}")
    String addedSource(String source);

    @Message("removed the source {source}")
    String removedSource(String source);

    @Message("changed the source {url}: {parts}")
    String changedSource(String url, String parts);

    /** One changed part of a source, joined by commas after "changed the source …:". */
    @Message("{field} from {before} to {after}")
    String sourcePart(String field, String before, String after);

    /** A source with a title: its quoted title and its address. */
    @Message("{title} ({url})")
    String titledSource(String title, String url);

    /** Who made a change that no signed-in person made (start-up, scheduled work). */
    @Message("FactDesk (system)")
    String system();

    /** An account the history's rows no longer name. */
    @Message("account {id}")
    String unknownAccount(Long id);

    /** A rating the history's rows no longer name. */
    @Message("rating {id}")
    String unknownRating(Long id);
}

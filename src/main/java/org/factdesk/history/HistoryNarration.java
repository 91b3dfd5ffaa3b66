package org.factdesk.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.factdesk.claim.ClaimLabels;
import org.factdesk.claim.ClaimMessages;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.claim.RatingLabels;
import org.factdesk.history.ClaimHistory.Change;
import org.factdesk.history.ClaimHistory.Entry;
import org.factdesk.history.ClaimHistory.Line;
import org.factdesk.history.HistoryReplay.Diff;
import org.factdesk.history.HistoryReplay.SourceChanges;
import org.factdesk.history.HistoryReplay.VerdictChange;
import org.factdesk.history.HistoryRows.ClaimRow;
import org.factdesk.history.HistoryRows.CommentRow;
import org.factdesk.history.HistoryRows.Names;
import org.factdesk.history.HistoryRows.Revision;
import org.factdesk.history.HistoryRows.SourceRow;
import org.factdesk.history.HistoryRows.VerdictRow;
import org.factdesk.web.Formats;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;

/**
 * Tells a revision of a claim in one language (its {@link HistoryMessages}): the workflow step the revision names
 * (or, without one, the step its changes show) chooses the headline, and every other change gets a sentence of its
 * own ("changed the rating from False to Mostly false"), with a word diff or a quote where the text itself matters.
 */
final class HistoryNarration {

    /** The workflow steps a revision can be, named by its action or recognised from its rows. */
    private enum Step {
        MADE, ASSIGNED, DRAFT, SUBMITTED, RETURNED, APPROVED, DISMISSED, REOPENED, CORRECTION, EDITED, COMMENTED,
        OTHER;

        static Step ofAction(String action) {
            if (action == null) {
                return null;
            }
            return switch (action) {
                case "create-claim" -> MADE;
                case "assign", "bulk-assign" -> ASSIGNED;
                case "save-draft" -> DRAFT;
                case "submit" -> SUBMITTED;
                case "return" -> RETURNED;
                case "approve" -> APPROVED;
                case "dismiss" -> DISMISSED;
                case "reopen" -> REOPENED;
                case "correction" -> CORRECTION;
                case "edit-claim" -> EDITED;
                case "comment" -> COMMENTED;
                default -> null;
            };
        }
    }

    private final Names names;
    private final Language language;
    private final HistoryMessages text;

    HistoryNarration(Names names, Language language) {
        this.names = names;
        this.language = language;
        this.text = Localization.messages(HistoryMessages.class, language);
    }

    /** The entry for a revision: who, when, the step's note and the sentences, with the field changes given. */
    Entry entry(Diff d, List<Change> changes) {
        Revision revision = d.revision();
        ClaimRow oldClaim = d.oldClaim();
        ClaimRow newClaim = d.newClaim();
        List<VerdictChange> verdictChanges = d.verdicts();
        List<CommentRow[]> commentChanges = d.comments();
        Set<String> oldTags = d.oldTags();
        Set<String> newTags = d.newTags();

        Step step = Step.ofAction(revision.action());
        if (step == null) {
            step = infer(oldClaim, newClaim, d.made(), verdictChanges, commentChanges);
        }
        String note = revision.note();
        if (note == null || note.isBlank()) {
            note = noteFromData(step, newClaim, verdictChanges);
        }
        String noteLabel = note == null ? null
                : step == Step.DISMISSED || step == Step.CORRECTION ? text.reasonLabel() : text.noteLabel();

        List<Line> lines = new ArrayList<>();
        boolean assigneeSaid = headline(step, oldClaim, newClaim, verdictChanges, lines);
        claimLines(step, oldClaim, newClaim, assigneeSaid, lines);
        if (!oldTags.equals(newTags)) {
            lines.add(Line.plain(text.changedTags(tagList(oldTags), tagList(newTags))));
        }
        for (VerdictChange v : verdictChanges) {
            verdictLines(step, v, lines);
        }
        for (CommentRow[] c : commentChanges) {
            if (c[0] == null && c[1] != null) {
                lines.add(Line.quote(text.commented(), c[1].body()));
            } else if (c[1] == null && c[0] != null) {
                lines.add(Line.quote(text.deletedComment(), c[0].body()));
            } else if (c[0] != null && !Objects.equals(c[0].body(), c[1].body())) {
                lines.add(Line.diff(text.editedComment(), c[0].body(), c[1].body()));
            }
        }
        if (lines.isEmpty()) {
            lines.add(Line.plain(step == Step.EDITED ? text.savedUnchanged() : text.updatedClaim()));
        }
        return new Entry(revision.id(), Instant.ofEpochMilli(revision.atMillis()), revision.username(),
                who(revision), revision.action(), note, noteLabel, List.copyOf(lines), List.copyOf(changes));
    }

    /** A person by display name; an account the rows no longer name, by its id. */
    private String person(Long id) {
        String name = names.person(id);
        return name == null ? text.unknownAccount(id) : name;
    }

    /**
     * A rating by its label in the reader's language (its English label where it has no translation); a rating the
     * rows no longer name, by its id; null for none.
     */
    private String ratingLabel(Long id) {
        if (id == null) {
            return null;
        }
        String label = names.ratingLabel(id);
        return label == null ? text.unknownRating(id) : RatingLabels.label(names.ratingKey(id), label, language);
    }

    /** The revision's person, or the system when no one was signed in (start-up, scheduled work). */
    private String who(Revision revision) {
        String who = names.who(revision);
        return who == null ? text.system() : who;
    }

    private static Step infer(ClaimRow oldClaim, ClaimRow newClaim, boolean made,
            List<VerdictChange> verdictChanges, List<CommentRow[]> commentChanges) {
        if (made) {
            return Step.MADE;
        }
        if (oldClaim != null && newClaim != null && !Objects.equals(oldClaim.status(), newClaim.status())) {
            String from = oldClaim.status();
            switch (String.valueOf(newClaim.status())) {
                case "ASSIGNED":
                    return Step.ASSIGNED;
                case "SUBMITTED":
                    return Step.SUBMITTED;
                case "PUBLISHED":
                    return Step.APPROVED;
                case "DISMISSED":
                    return Step.DISMISSED;
                case "NEW":
                    return "DISMISSED".equals(from) ? Step.REOPENED : Step.OTHER;
                case "IN_REVIEW":
                    return "SUBMITTED".equals(from) ? Step.RETURNED
                            : "PUBLISHED".equals(from) ? Step.CORRECTION : Step.DRAFT;
                default:
                    return Step.OTHER;
            }
        }
        if (oldClaim != null && newClaim != null && newClaim.assigneeId() != null
                && !Objects.equals(oldClaim.assigneeId(), newClaim.assigneeId())) {
            return Step.ASSIGNED;
        }
        if (!verdictChanges.isEmpty()) {
            return Step.DRAFT;
        }
        if (commentChanges.stream().anyMatch(c -> c[0] == null)) {
            return Step.COMMENTED;
        }
        return oldClaim != null && newClaim != null ? Step.EDITED : Step.OTHER;
    }

    /** Without a note on the revision, the reason the data kept for the step. */
    private static String noteFromData(Step step, ClaimRow claim, List<VerdictChange> verdictChanges) {
        String note = switch (step) {
            case RETURNED -> claim == null ? null : claim.returnNote();
            case DISMISSED -> claim == null ? null : claim.dismissReason();
            case CORRECTION -> verdictChanges.stream().filter(VerdictChange::created)
                    .map(v -> v.after() == null ? null : v.after().correctionNote()).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            default -> null;
        };
        return note == null || note.isBlank() ? null : note;
    }

    /** Adds the step's own sentence; true when it already names the new assignee and due date. */
    private boolean headline(Step step, ClaimRow oldClaim, ClaimRow newClaim, List<VerdictChange> verdicts,
            List<Line> lines) {
        switch (step) {
            case MADE -> lines.add(newClaim == null ? Line.plain(text.madeClaim())
                    : Line.quote(text.madeClaim(), newClaim.statement()));
            case ASSIGNED -> {
                Long before = oldClaim == null ? null : oldClaim.assigneeId();
                Long after = newClaim == null ? null : newClaim.assigneeId();
                if (after == null || Objects.equals(before, after)) {
                    lines.add(Line.plain(after == null ? text.changedAssignment()
                            : text.updatedAssignmentOf(person(after))));
                    return false;
                }
                String due = day(newClaim.dueDate());
                lines.add(Line.plain(before == null ? text.assignedTo(person(after), due)
                        : text.reassigned(person(before), person(after), due)));
                return true;
            }
            case DRAFT -> lines.add(Line.plain(verdicts.stream().anyMatch(v -> v.created() && v.before() == null)
                    ? text.startedVerdict() : text.savedDraft()));
            case SUBMITTED -> lines.add(Line.plain(text.submitted()));
            case RETURNED -> {
                Long assignee = newClaim == null ? null : newClaim.assigneeId();
                lines.add(Line.plain(assignee == null ? text.returned() : text.returnedTo(person(assignee))));
            }
            case APPROVED -> lines.add(Line.plain(text.approved()));
            case DISMISSED -> lines.add(Line.plain(text.dismissed()));
            case REOPENED -> {
                lines.add(Line.plain(text.reopened()));
                return true;
            }
            case CORRECTION -> lines.add(Line.plain(text.openedCorrection()));
            default -> {
                // Edits, comments and unnamed changes are told by their lines alone.
            }
        }
        return false;
    }

    private void claimLines(Step step, ClaimRow before, ClaimRow after, boolean assigneeSaid, List<Line> lines) {
        if (before == null || after == null) {
            return;
        }
        if (!Objects.equals(before.statement(), after.statement())) {
            lines.add(Line.diff(text.changedStatement(), before.statement(), after.statement()));
        }
        valueLine(HistoryField.CLAIMANT, quoted(before.claimant()), quoted(after.claimant()), lines);
        valueLine(HistoryField.CLAIM_DATE, day(before.claimDate()), day(after.claimDate()), lines);
        valueLine(HistoryField.APPEARANCE_URL, before.appearanceUrl(), after.appearanceUrl(), lines);
        valueLine(HistoryField.PRIORITY, priority(before.priority()), priority(after.priority()), lines);
        if (!assigneeSaid) {
            if (!Objects.equals(before.assigneeId(), after.assigneeId())) {
                valueLine(HistoryField.REVIEWER, before.assigneeId() == null ? null : person(before.assigneeId()),
                        after.assigneeId() == null ? null : person(after.assigneeId()), lines);
            }
            valueLine(HistoryField.DUE_DATE, day(before.dueDate()), day(after.dueDate()), lines);
        }
        if (step == Step.EDITED || step == Step.OTHER) {
            valueLine(HistoryField.STATUS, status(before.status()), status(after.status()), lines);
        }
    }

    private void verdictLines(Step step, VerdictChange v, List<Line> lines) {
        VerdictRow before = v.before();
        VerdictRow after = v.after();
        if (after != null) {
            valueLine(HistoryField.RATING, before == null ? null : ratingLabel(before.ratingId()),
                    ratingLabel(after.ratingId()), lines);
            textLine(HistoryField.SUMMARY, before == null ? null : before.summary(), after.summary(), lines);
            textLine(HistoryField.ANALYSIS, before == null ? null : before.analysis(), after.analysis(), lines);
            if (!(step == Step.CORRECTION && v.created())) {
                textLine(HistoryField.CORRECTION_NOTE, before == null ? null : before.correctionNote(),
                        after.correctionNote(), lines);
            }
        }
        SourceChanges s = v.sources();
        for (SourceRow added : s.added()) {
            lines.add(Line.plain(text.addedSource(describe(added))));
        }
        for (SourceRow[] pair : s.changed()) {
            List<String> parts = new ArrayList<>();
            sourcePart(HistoryField.TITLE, pair[0].title(), pair[1].title(), parts);
            sourcePart(HistoryField.PUBLISHER, pair[0].publisher(), pair[1].publisher(), parts);
            sourcePart(HistoryField.EXCERPT, pair[0].excerpt(), pair[1].excerpt(), parts);
            lines.add(Line.plain(text.changedSource(pair[1].url(), String.join(", ", parts))));
        }
        for (SourceRow removed : s.removed()) {
            lines.add(Line.plain(text.removedSource(describe(removed))));
        }
    }

    private void sourcePart(HistoryField field, String before, String after, List<String> parts) {
        if (!Objects.equals(before, after)) {
            parts.add(text.sourcePart(text.field(field), orNone(quoted(before)), orNone(quoted(after))));
        }
    }

    /** A source by its quoted title and address, or by its address alone. */
    private String describe(SourceRow source) {
        return source.title() == null || source.title().isBlank() ? source.url()
                : text.titledSource(quoted(source.title()), source.url());
    }

    /** "changed the X from A to B", "set the X to B" or "removed the X A"; nothing when equal. */
    private void valueLine(HistoryField field, String before, String after, List<Line> lines) {
        if (Objects.equals(before, after)) {
            return;
        }
        String name = text.field(field);
        if (before == null) {
            lines.add(Line.plain(text.setValue(name, after)));
        } else if (after == null) {
            lines.add(Line.plain(text.removedValue(name, before)));
        } else {
            lines.add(Line.plain(text.changedValue(name, before, after)));
        }
    }

    /** A text field with its word diff. */
    private void textLine(HistoryField field, String before, String after, List<Line> lines) {
        if (Objects.equals(before, after)) {
            return;
        }
        String name = text.field(field);
        lines.add(Line.diff(before == null ? text.wroteText(name) : after == null ? text.removedText(name)
                : text.changedText(name), before, after));
    }

    private String priority(String name) {
        return name == null ? null : Priority.parse(name)
                .map(p -> Localization.messages(ClaimMessages.class, language).priorityName(p)).orElse(name);
    }

    private String status(String name) {
        return name == null ? null : ClaimStatus.parse(name).map(s -> ClaimLabels.of(s, language)).orElse(name);
    }

    private String day(LocalDate date) {
        return date == null ? null : Formats.day(date, language.locale());
    }

    private String quoted(String value) {
        return value == null || value.isBlank() ? null : text.quoted(value);
    }

    private String orNone(String value) {
        return value == null ? text.none() : value;
    }

    private String tagList(Set<String> tags) {
        return tags.isEmpty() ? text.none() : text.quoted(String.join(", ", tags));
    }
}

package org.factdesk.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.factdesk.history.ClaimHistory.Change;
import org.factdesk.history.HistoryRows.ClaimRow;
import org.factdesk.history.HistoryRows.CommentRow;
import org.factdesk.history.HistoryRows.Names;
import org.factdesk.history.HistoryRows.Revision;
import org.factdesk.history.HistoryRows.Rows;
import org.factdesk.history.HistoryRows.SourceRow;
import org.factdesk.history.HistoryRows.TagRow;
import org.factdesk.history.HistoryRows.VerdictRow;

/**
 * Replays a claim's revisions oldest first, keeping the state of every entity so far, and gives each revision as
 * what it changed: the claim, its tags, its verdicts with their sources and its comments before and after, and the
 * same as field changes in the API's own terms. How a change is told in words is {@link HistoryNarration}'s.
 */
final class HistoryReplay {

    /**
     * A verdict before and after a revision. A new verdict that corrects an earlier one is compared with that one,
     * so a correction reads as what it changes, not as a verdict written from nothing.
     */
    record VerdictChange(long id, VerdictRow before, VerdictRow after, boolean created,
            SourceChanges sources) {
    }

    /** A touched verdict with its baseline, before the revision's rows are applied. */
    private record Baseline(long id, VerdictRow before, VerdictRow row, boolean created,
            List<SourceRow> sourcesBefore) {
    }

    /** Sources of one verdict matched across a revision: identical ones drop out, the same address is a change. */
    record SourceChanges(List<SourceRow> added, List<SourceRow[]> changed, List<SourceRow> removed) {

        static SourceChanges between(Collection<SourceRow> before, Collection<SourceRow> after) {
            List<SourceRow> removed = new ArrayList<>(before);
            List<SourceRow> added = new ArrayList<>(after);
            removed.sort((a, b) -> Integer.compare(a.position(), b.position()));
            added.sort((a, b) -> Integer.compare(a.position(), b.position()));
            // A saved draft replaces its source rows; rows that come back as they were are no change.
            for (Iterator<SourceRow> it = added.iterator(); it.hasNext();) {
                SourceRow a = it.next();
                for (Iterator<SourceRow> r = removed.iterator(); r.hasNext();) {
                    if (r.next().sameContent(a)) {
                        r.remove();
                        it.remove();
                        break;
                    }
                }
            }
            List<SourceRow[]> changed = new ArrayList<>();
            for (Iterator<SourceRow> it = added.iterator(); it.hasNext();) {
                SourceRow a = it.next();
                for (Iterator<SourceRow> r = removed.iterator(); r.hasNext();) {
                    SourceRow old = r.next();
                    if (Objects.equals(old.url(), a.url())) {
                        changed.add(new SourceRow[] { old, a });
                        r.remove();
                        it.remove();
                        break;
                    }
                }
            }
            return new SourceChanges(added, changed, removed);
        }
    }

    /** One revision against the state before it. Comments are {@code [before, after]}, either null. */
    record Diff(Revision revision, ClaimRow oldClaim, ClaimRow newClaim, boolean made, Set<String> oldTags,
            Set<String> newTags, List<VerdictChange> verdicts, List<CommentRow[]> comments) {
    }

    private final long claimId;
    private final Names names;

    private ClaimRow claim;
    private Set<String> tags = new TreeSet<>();
    private final Map<Long, VerdictRow> verdicts = new LinkedHashMap<>();
    private final Map<Long, Map<Long, SourceRow>> sources = new HashMap<>();
    private final Map<Long, CommentRow> comments = new HashMap<>();

    HistoryReplay(long claimId, Names names) {
        this.claimId = claimId;
        this.names = names;
    }

    /** Applies the next revision's rows, returning what they changed. */
    Diff apply(Rows rows) {
        ClaimRow oldClaim = claim;
        ClaimRow newClaim = claim;
        boolean made = false;
        if (rows.claim != null) {
            made = rows.claim.revtype() == 0;
            newClaim = rows.claim.revtype() == 2 ? null : rows.claim;
        }
        Set<String> oldTags = tags;
        Set<String> newTags = new TreeSet<>(tags);
        for (TagRow t : rows.tags) {
            if (t.revtype() == 2) {
                newTags.remove(t.tag());
            } else {
                newTags.add(t.tag());
            }
        }
        List<VerdictChange> verdictChanges = verdictChanges(rows);
        List<CommentRow[]> commentChanges = new ArrayList<>();
        for (CommentRow c : rows.comments) {
            CommentRow old = comments.get(c.id());
            commentChanges.add(new CommentRow[] { old, c.revtype() == 2 ? null : c });
            if (c.revtype() == 2) {
                comments.remove(c.id());
            } else {
                comments.put(c.id(), c);
            }
        }
        claim = newClaim;
        tags = newTags;
        return new Diff(rows.revision, oldClaim, newClaim, made, oldTags, newTags, verdictChanges, commentChanges);
    }

    /** A revision's changes field by field, as the API shows them. */
    List<Change> changes(Diff d) {
        List<Change> changes = new ArrayList<>();
        claimChanges(d.made(), d.oldClaim(), d.newClaim(), changes);
        if (!d.oldTags().equals(d.newTags())) {
            changes.add(new Change("claim", claimId, "tags", joined(d.oldTags()), joined(d.newTags())));
        }
        for (VerdictChange v : d.verdicts()) {
            addVerdictChanges(v, changes);
        }
        for (CommentRow[] c : d.comments()) {
            String before = c[0] == null ? null : c[0].body();
            String after = c[1] == null ? null : c[1].body();
            if (!Objects.equals(before, after)) {
                long id = c[1] != null ? c[1].id() : c[0].id();
                changes.add(new Change("comment", id, "body", before, after));
            }
        }
        return changes;
    }

    /** Applies the revision's verdict and source rows, returning each touched verdict before and after. */
    private List<VerdictChange> verdictChanges(Rows rows) {
        Set<Long> touched = new LinkedHashSet<>();
        rows.verdicts.forEach(v -> touched.add(v.id()));
        rows.sources.forEach(s -> touched.add(s.verdictId()));
        if (touched.isEmpty()) {
            return List.of();
        }
        Map<Long, VerdictRow> rowById = new HashMap<>();
        rows.verdicts.forEach(v -> rowById.put(v.id(), v));
        List<Baseline> baselines = new ArrayList<>();
        for (Long id : touched) {
            VerdictRow row = rowById.get(id);
            VerdictRow before = verdicts.get(id);
            List<SourceRow> sourcesBefore = new ArrayList<>(sources.getOrDefault(id, Map.of()).values());
            boolean created = row != null && row.revtype() == 0;
            if (created && before == null && row.revision() > 1) {
                VerdictRow corrected = verdicts.values().stream()
                        .filter(v -> v.revision() == row.revision() - 1).reduce((a, b) -> b).orElse(null);
                if (corrected != null) {
                    before = corrected;
                    sourcesBefore = new ArrayList<>(sources.getOrDefault(corrected.id(), Map.of()).values());
                }
            }
            baselines.add(new Baseline(id, before, row, created, sourcesBefore));
        }
        // Apply after reading every baseline, so a correction compares with the verdict as it stood.
        for (VerdictRow v : rows.verdicts) {
            if (v.revtype() == 2) {
                verdicts.remove(v.id());
            } else {
                verdicts.put(v.id(), v);
            }
        }
        for (SourceRow s : rows.sources) {
            Map<Long, SourceRow> of = sources.computeIfAbsent(s.verdictId(), k -> new LinkedHashMap<>());
            if (s.revtype() == 2) {
                of.remove(s.id());
            } else {
                of.put(s.id(), s);
            }
        }
        List<VerdictChange> complete = new ArrayList<>(baselines.size());
        for (Baseline b : baselines) {
            VerdictRow after = b.row() == null ? verdicts.get(b.id()) : b.row().revtype() == 2 ? null : b.row();
            complete.add(new VerdictChange(b.id(), b.before(), after, b.created(), SourceChanges.between(
                    b.sourcesBefore(), sources.getOrDefault(b.id(), Map.of()).values())));
        }
        return complete;
    }

    private void claimChanges(boolean made, ClaimRow before, ClaimRow after, List<Change> changes) {
        if (before == null && after == null || !made && before == null) {
            return;
        }
        Map<String, Function<ClaimRow, String>> fields = new LinkedHashMap<>();
        fields.put("statement", ClaimRow::statement);
        fields.put("claimant", ClaimRow::claimant);
        fields.put("claimDate", c -> iso(c.claimDate()));
        fields.put("appearanceUrl", ClaimRow::appearanceUrl);
        fields.put("priority", c -> c.priority() == null ? null : c.priority().toLowerCase(Locale.ROOT));
        fields.put("status", ClaimRow::status);
        fields.put("assignee", c -> names.username(c.assigneeId()));
        fields.put("dueDate", c -> iso(c.dueDate()));
        fields.put("returnNote", ClaimRow::returnNote);
        fields.put("dismissReason", ClaimRow::dismissReason);
        for (Map.Entry<String, Function<ClaimRow, String>> f : fields.entrySet()) {
            String b = before == null ? null : f.getValue().apply(before);
            String a = after == null ? null : f.getValue().apply(after);
            if (!Objects.equals(b, a)) {
                changes.add(new Change("claim", claimId, f.getKey(), b, a));
            }
        }
    }

    private void addVerdictChanges(VerdictChange v, List<Change> changes) {
        Map<String, Function<VerdictRow, String>> fields = new LinkedHashMap<>();
        fields.put("revision", r -> String.valueOf(r.revision()));
        fields.put("state", VerdictRow::state);
        fields.put("rating", r -> names.ratingKey(r.ratingId()));
        fields.put("summary", VerdictRow::summary);
        fields.put("analysis", VerdictRow::analysis);
        fields.put("correctionNote", VerdictRow::correctionNote);
        fields.put("author", r -> names.username(r.authorId()));
        fields.put("approver", r -> names.username(r.approverId()));
        for (Map.Entry<String, Function<VerdictRow, String>> f : fields.entrySet()) {
            String b = v.before() == null ? null : f.getValue().apply(v.before());
            String a = v.after() == null ? null : f.getValue().apply(v.after());
            if (!Objects.equals(b, a)) {
                changes.add(new Change("verdict", v.id(), f.getKey(), b, a));
            }
        }
        SourceChanges s = v.sources();
        for (SourceRow added : s.added()) {
            sourceChanges(null, added, changes);
        }
        for (SourceRow[] pair : s.changed()) {
            sourceChanges(pair[0], pair[1], changes);
        }
        for (SourceRow removed : s.removed()) {
            sourceChanges(removed, null, changes);
        }
    }

    private static void sourceChanges(SourceRow before, SourceRow after, List<Change> changes) {
        long id = after != null ? after.id() : before.id();
        Map<String, Function<SourceRow, String>> fields = new LinkedHashMap<>();
        fields.put("url", SourceRow::url);
        fields.put("title", SourceRow::title);
        fields.put("publisher", SourceRow::publisher);
        fields.put("excerpt", SourceRow::excerpt);
        for (Map.Entry<String, Function<SourceRow, String>> f : fields.entrySet()) {
            String b = before == null ? null : f.getValue().apply(before);
            String a = after == null ? null : f.getValue().apply(after);
            if (!Objects.equals(b, a)) {
                changes.add(new Change("source", id, f.getKey(), b, a));
            }
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String joined(Set<String> tags) {
        return tags.isEmpty() ? null : String.join(", ", tags);
    }
}

package org.factdesk.audit.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.web.Formats;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.RawString;

/**
 * The history of one claim as people read it, built from the audit tables: the claim's own rows, its tags, its
 * verdicts, their sources and its comments, grouped by revision. Each row is compared with the previous state of the
 * same entity, and the workflow step the revision names (or, without one, the change itself) chooses the words. A
 * whole history takes a fixed number of queries however long it is; word diffs are drawn only for the entries shown.
 */
@ApplicationScoped
public class ClaimHistory {

    public static final int PAGE_SIZE = 50;

    /** Who made a change that no signed-in person made (start-up, scheduled work). */
    public static final String SYSTEM = "FactDesk (system)";

    /** One field of one entity before and after a revision, as plain text in the API's own terms. */
    public record Change(String entity, Long entityId, String field, String before, String after) {
    }

    /** What a line of an entry shows beside its sentence. */
    public enum Shows {
        NOTHING, DIFF, QUOTE
    }

    /**
     * One sentence of an entry without its subject ("changed the rating from False to Mostly false"), with the texts
     * of a word diff or the quoted text (a comment, the statement a claim was made with).
     */
    public record Line(String text, Shows shows, String before, String after) {

        static Line plain(String text) {
            return new Line(text, Shows.NOTHING, null, null);
        }

        static Line diff(String text, String before, String after) {
            return new Line(text, Shows.DIFF, before, after);
        }

        static Line quote(String text, String quoted) {
            return new Line(text, Shows.QUOTE, null, quoted);
        }

        public boolean hasDiff() {
            return shows == Shows.DIFF;
        }

        public boolean hasQuote() {
            return shows == Shows.QUOTE;
        }

        /** The word diff as safe HTML, drawn when asked for so a page draws only the diffs it shows. */
        public RawString diff() {
            return WordDiff.html(before, after);
        }

        public String quoted() {
            return after;
        }
    }

    /** One revision of the claim: who, when, the step and its note, the sentences and the field changes. */
    public record Entry(long rev, Instant at, String user, String userName, String action, String note,
            String noteLabel, List<Line> lines, List<Change> changes) {

        /** The sentences as plain text, each with its subject. */
        public String summary() {
            return lines.stream().map(l -> userName + " " + l.text()).collect(Collectors.joining(". ")) + ".";
        }
    }

    /** A claim's whole history, oldest first. */
    public record Timeline(long claimId, String statement, List<Entry> entries) {

        public String path() {
            return "/claims/" + claimId + "/history";
        }

        /** Page {@code requested} (from 0) of the history, newest first; out-of-range pages show the nearest. */
        public Page page(int requested) {
            int total = entries.size();
            int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = Math.max(0, Math.min(requested, pages - 1));
            List<Entry> shown = new ArrayList<>(PAGE_SIZE);
            for (int i = total - 1 - page * PAGE_SIZE; i >= 0 && i > total - 1 - (page + 1) * PAGE_SIZE; i--) {
                shown.add(entries.get(i));
            }
            return new Page(shown, page, pages, total);
        }
    }

    /** One page of entries, newest first. */
    public record Page(List<Entry> entries, int page, int pages, int total) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * A {@code Server-Timing} header value for the time since {@code startedNanos}: how long building the history
     * took, visible in a browser's developer tools and to the benchmark (bench/audit/history.sh).
     */
    public static String serverTiming(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "history;dur=%.2f;desc=\"claim history built\"",
                (System.nanoTime() - startedNanos) / 1e6);
    }

    /** The claim's history, or empty when there is no such claim. */
    public Optional<Timeline> of(long claimId) {
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            if (own) {
                // One snapshot for every query, so a step committed meanwhile is either wholly in or wholly out.
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setAutoCommit(false);
            }
            try {
                return load(connection, claimId);
            } finally {
                if (own) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the history of claim " + claimId + ": " + e.getMessage(),
                    e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading: one query per audit table, then the names and ratings the rows refer to.

    private record Revision(long id, long atMillis, Long accountId, String username, String action, String note) {
    }

    private record ClaimRow(int revtype, String statement, String claimant, LocalDate claimDate,
            String appearanceUrl, String priority, String status, Long assigneeId, LocalDate dueDate,
            String returnNote, String dismissReason) {
    }

    private record TagRow(int revtype, String tag) {
    }

    private record VerdictRow(long id, int revtype, int revision, String state, Long ratingId, String summary,
            String analysis, String correctionNote, Long authorId, Long approverId) {
    }

    private record SourceRow(long id, int revtype, long verdictId, int position, String url, String title,
            String publisher, String excerpt) {
        boolean sameContent(SourceRow o) {
            return Objects.equals(url, o.url) && Objects.equals(title, o.title)
                    && Objects.equals(publisher, o.publisher) && Objects.equals(excerpt, o.excerpt);
        }

        String describe() {
            return title == null || title.isBlank() ? url : "“" + title + "” (" + url + ")";
        }
    }

    private record CommentRow(long id, int revtype, Long authorId, String body) {
    }

    /** The rows one revision wrote for this claim. */
    private static final class Rows {
        final Revision revision;
        ClaimRow claim;
        final List<TagRow> tags = new ArrayList<>();
        final List<VerdictRow> verdicts = new ArrayList<>();
        final List<SourceRow> sources = new ArrayList<>();
        final List<CommentRow> comments = new ArrayList<>();

        Rows(Revision revision) {
            this.revision = revision;
        }
    }

    /** The rows of the revision the current result row belongs to, made on its first row. */
    private static Rows rows(Map<Long, Rows> byRev, ResultSet rs) throws SQLException {
        long rev = rs.getLong(1);
        Rows rows = byRev.get(rev);
        if (rows == null) {
            rows = new Rows(new Revision(rev, rs.getLong(2), longOrNull(rs, 3), rs.getString(4), rs.getString(5),
                    rs.getString(6)));
            byRev.put(rev, rows);
        }
        return rows;
    }

    private record Person(long id, String username, String displayName) {
    }

    private record RatingName(String key, String label) {
    }

    /** The revision columns every row query starts with, so each row arrives with who, when and why. */
    private static final String REVISION_COLUMNS = "a.rev, r.at_millis, r.account_id, r.username, r.action, r.note, ";
    private static final int FIRST = 7;

    private Optional<Timeline> load(Connection connection, long claimId) throws SQLException {
        String statement;
        try (PreparedStatement ps = connection.prepareStatement("select statement from claim where id = ?")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                statement = rs.getString(1);
            }
        }
        TreeMap<Long, Rows> byRev = new TreeMap<>();
        Set<Long> accountIds = new LinkedHashSet<>();
        Set<Long> ratingIds = new LinkedHashSet<>();
        query(connection, "select " + REVISION_COLUMNS + "a.revtype, a.statement, a.claimant, a.claim_date, "
                + "a.appearance_url, a.priority, a.status, a.assignee_id, a.due_date, a.return_note, a.dismiss_reason "
                + "from claim_aud a join audit_revision r on r.id = a.rev where a.id = ? order by a.rev", claimId,
                rs -> {
                    Rows rows = rows(byRev, rs);
                    int c = FIRST;
                    rows.claim = new ClaimRow(rs.getInt(c), rs.getString(c + 1), rs.getString(c + 2),
                            rs.getObject(c + 3, LocalDate.class), rs.getString(c + 4), rs.getString(c + 5),
                            rs.getString(c + 6), longOrNull(rs, c + 7), rs.getObject(c + 8, LocalDate.class),
                            rs.getString(c + 9), rs.getString(c + 10));
                    addIfPresent(accountIds, rows.claim.assigneeId());
                });
        query(connection, "select " + REVISION_COLUMNS + "a.revtype, a.tag from claim_tag_aud a "
                + "join audit_revision r on r.id = a.rev where a.claim_id = ? order by a.rev, a.tag", claimId,
                rs -> rows(byRev, rs).tags.add(new TagRow(rs.getInt(FIRST), rs.getString(FIRST + 1))));
        query(connection, "select " + REVISION_COLUMNS + "a.id, a.revtype, a.revision, a.state, a.rating_id, "
                + "a.summary, a.analysis, a.correction_note, a.author_id, a.approver_id from verdict_aud a "
                + "join audit_revision r on r.id = a.rev where a.claim_id = ? order by a.rev, a.id", claimId, rs -> {
                    int c = FIRST;
                    VerdictRow v = new VerdictRow(rs.getLong(c), rs.getInt(c + 1), rs.getInt(c + 2),
                            rs.getString(c + 3), longOrNull(rs, c + 4), rs.getString(c + 5), rs.getString(c + 6),
                            rs.getString(c + 7), longOrNull(rs, c + 8), longOrNull(rs, c + 9));
                    rows(byRev, rs).verdicts.add(v);
                    addIfPresent(ratingIds, v.ratingId());
                    addIfPresent(accountIds, v.authorId());
                    addIfPresent(accountIds, v.approverId());
                });
        query(connection, "select " + REVISION_COLUMNS + "a.id, a.revtype, a.verdict_id, a.position, a.url, a.title, "
                + "a.publisher, a.excerpt from source_aud a join audit_revision r on r.id = a.rev "
                + "where a.verdict_id in (select v.id from verdict_aud v where v.claim_id = ?) order by a.rev, a.id",
                claimId, rs -> {
                    int c = FIRST;
                    rows(byRev, rs).sources.add(new SourceRow(rs.getLong(c), rs.getInt(c + 1), rs.getLong(c + 2),
                            rs.getInt(c + 3), rs.getString(c + 4), rs.getString(c + 5), rs.getString(c + 6),
                            rs.getString(c + 7)));
                });
        query(connection, "select " + REVISION_COLUMNS + "a.id, a.revtype, a.author_id, a.body "
                + "from claim_comment_aud a join audit_revision r on r.id = a.rev where a.claim_id = ? "
                + "order by a.rev, a.id", claimId, rs -> {
                    int c = FIRST;
                    CommentRow comment = new CommentRow(rs.getLong(c), rs.getInt(c + 1), longOrNull(rs, c + 2),
                            rs.getString(c + 3));
                    rows(byRev, rs).comments.add(comment);
                    addIfPresent(accountIds, comment.authorId());
                });
        List<Revision> revisions = byRev.values().stream().map(rows -> rows.revision).toList();
        revisions.forEach(r -> addIfPresent(accountIds, r.accountId()));

        Set<String> usernames = revisions.stream().filter(r -> r.accountId() == null && r.username() != null)
                .map(Revision::username).collect(Collectors.toCollection(TreeSet::new));
        Map<Long, Person> people = new HashMap<>();
        Map<String, Person> peopleByUsername = new HashMap<>();
        if (!accountIds.isEmpty() || !usernames.isEmpty()) {
            String sql = "select id, username, display_name from account where "
                    + (accountIds.isEmpty() ? "" : "id in (" + placeholders(accountIds.size()) + ")")
                    + (accountIds.isEmpty() || usernames.isEmpty() ? "" : " or ")
                    + (usernames.isEmpty() ? "" : "username in (" + placeholders(usernames.size()) + ")");
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int i = 1;
                for (Long id : accountIds) {
                    ps.setLong(i++, id);
                }
                for (String u : usernames) {
                    ps.setString(i++, u);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Person p = new Person(rs.getLong(1), rs.getString(2), rs.getString(3));
                        people.put(p.id(), p);
                        peopleByUsername.put(p.username(), p);
                    }
                }
            }
        }
        Map<Long, RatingName> ratings = new HashMap<>();
        if (!ratingIds.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select id, rating_key, label from rating where id in (" + placeholders(ratingIds.size()) + ")")) {
                int i = 1;
                for (Long id : ratingIds) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ratings.put(rs.getLong(1), new RatingName(rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        Builder builder = new Builder(claimId, people, peopleByUsername, ratings);
        List<Entry> entries = new ArrayList<>(revisions.size());
        for (Rows rows : byRev.values()) {
            entries.add(builder.entry(rows.revision, rows));
        }
        return Optional.of(new Timeline(claimId, statement, List.copyOf(entries)));
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, long claimId, RowReader reader)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, claimId);
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static <T> void addIfPresent(Collection<T> to, T value) {
        if (value != null) {
            to.add(value);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Building: the state of every entity so far, and the sentences and changes of each revision against it.

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

    /**
     * A verdict before and after a revision. A new verdict that corrects an earlier one is compared with that one,
     * so a correction reads as what it changes, not as a verdict written from nothing.
     */
    private record VerdictChange(long id, VerdictRow before, VerdictRow after, boolean created,
            SourceChanges sources) {
    }

    /** A touched verdict with its baseline, before the revision's rows are applied. */
    private record Baseline(long id, VerdictRow before, VerdictRow row, boolean created,
            List<SourceRow> sourcesBefore) {
    }

    /** Sources of one verdict matched across a revision: identical ones drop out, the same address is a change. */
    private record SourceChanges(List<SourceRow> added, List<SourceRow[]> changed, List<SourceRow> removed) {

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

    private static final class Builder {
        private final long claimId;
        private final Map<Long, Person> people;
        private final Map<String, Person> peopleByUsername;
        private final Map<Long, RatingName> ratings;

        private ClaimRow claim;
        private Set<String> tags = new TreeSet<>();
        private final Map<Long, VerdictRow> verdicts = new LinkedHashMap<>();
        private final Map<Long, Map<Long, SourceRow>> sources = new HashMap<>();
        private final Map<Long, CommentRow> comments = new HashMap<>();

        Builder(long claimId, Map<Long, Person> people, Map<String, Person> peopleByUsername,
                Map<Long, RatingName> ratings) {
            this.claimId = claimId;
            this.people = people;
            this.peopleByUsername = peopleByUsername;
            this.ratings = ratings;
        }

        Entry entry(Revision revision, Rows rows) {
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

            Step step = Step.ofAction(revision.action());
            if (step == null) {
                step = infer(oldClaim, newClaim, made, verdictChanges, commentChanges);
            }
            String note = revision.note();
            if (note == null || note.isBlank()) {
                note = noteFromData(step, newClaim, verdictChanges);
            }
            String noteLabel = note == null ? null
                    : step == Step.DISMISSED || step == Step.CORRECTION ? "Reason" : "Note";

            List<Line> lines = new ArrayList<>();
            boolean assigneeSaid = headline(step, oldClaim, newClaim, verdictChanges, lines);
            claimLines(step, oldClaim, newClaim, assigneeSaid, lines);
            if (!oldTags.equals(newTags)) {
                lines.add(Line.plain("changed the tags from " + tagList(oldTags) + " to " + tagList(newTags)));
            }
            for (VerdictChange v : verdictChanges) {
                verdictLines(step, v, lines);
            }
            for (CommentRow[] c : commentChanges) {
                if (c[0] == null && c[1] != null) {
                    lines.add(Line.quote("commented", c[1].body()));
                } else if (c[1] == null && c[0] != null) {
                    lines.add(Line.quote("deleted a comment", c[0].body()));
                } else if (c[0] != null && !Objects.equals(c[0].body(), c[1].body())) {
                    lines.add(Line.diff("edited a comment", c[0].body(), c[1].body()));
                }
            }
            if (lines.isEmpty()) {
                lines.add(Line.plain(step == Step.EDITED ? "saved the claim details without changing them"
                        : "updated the claim"));
            }

            List<Change> changes = new ArrayList<>();
            claimChanges(made, oldClaim, newClaim, changes);
            if (!oldTags.equals(newTags)) {
                changes.add(new Change("claim", claimId, "tags", joined(oldTags), joined(newTags)));
            }
            for (VerdictChange v : verdictChanges) {
                addVerdictChanges(v, changes);
            }
            for (CommentRow[] c : commentChanges) {
                String before = c[0] == null ? null : c[0].body();
                String after = c[1] == null ? null : c[1].body();
                if (!Objects.equals(before, after)) {
                    long id = c[1] != null ? c[1].id() : c[0].id();
                    changes.add(new Change("comment", id, "body", before, after));
                }
            }
            return new Entry(revision.id(), Instant.ofEpochMilli(revision.atMillis()), revision.username(),
                    who(revision), revision.action(), note, noteLabel, List.copyOf(lines), List.copyOf(changes));
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
                case MADE -> lines.add(newClaim == null ? Line.plain("made the claim")
                        : Line.quote("made the claim", newClaim.statement()));
                case ASSIGNED -> {
                    Long before = oldClaim == null ? null : oldClaim.assigneeId();
                    Long after = newClaim == null ? null : newClaim.assigneeId();
                    if (after == null || Objects.equals(before, after)) {
                        lines.add(Line.plain(after == null ? "changed the assignment"
                                : "updated the assignment of " + person(after)));
                        return false;
                    }
                    String due = newClaim.dueDate() == null ? "" : ", due " + Formats.day(newClaim.dueDate());
                    lines.add(Line.plain(before == null ? "assigned the claim to " + person(after) + due
                            : "reassigned the claim from " + person(before) + " to " + person(after) + due));
                    return true;
                }
                case DRAFT -> lines.add(Line.plain(verdicts.stream().anyMatch(v -> v.created() && v.before() == null)
                        ? "started the verdict" : "saved the draft verdict"));
                case SUBMITTED -> lines.add(Line.plain("submitted the verdict for approval"));
                case RETURNED -> {
                    Long assignee = newClaim == null ? null : newClaim.assigneeId();
                    lines.add(Line.plain(assignee == null ? "returned the verdict"
                            : "returned the verdict to " + person(assignee)));
                }
                case APPROVED -> lines.add(Line.plain("approved and published the verdict"));
                case DISMISSED -> lines.add(Line.plain("dismissed the claim"));
                case REOPENED -> {
                    lines.add(Line.plain("reopened the claim"));
                    return true;
                }
                case CORRECTION -> lines.add(Line.plain("opened a correction"));
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
                lines.add(Line.diff("changed the statement", before.statement(), after.statement()));
            }
            valueLine("claimant", quoted(before.claimant()), quoted(after.claimant()), lines);
            valueLine("claim date", day(before.claimDate()), day(after.claimDate()), lines);
            valueLine("appearance URL", before.appearanceUrl(), after.appearanceUrl(), lines);
            valueLine("priority", priority(before.priority()), priority(after.priority()), lines);
            if (!assigneeSaid) {
                if (!Objects.equals(before.assigneeId(), after.assigneeId())) {
                    valueLine("reviewer", before.assigneeId() == null ? null : person(before.assigneeId()),
                            after.assigneeId() == null ? null : person(after.assigneeId()), lines);
                }
                valueLine("due date", day(before.dueDate()), day(after.dueDate()), lines);
            }
            if (step == Step.EDITED || step == Step.OTHER) {
                valueLine("status", status(before.status()), status(after.status()), lines);
            }
        }

        private void verdictLines(Step step, VerdictChange v, List<Line> lines) {
            VerdictRow before = v.before();
            VerdictRow after = v.after();
            if (after != null) {
                valueLine("rating", before == null ? null : ratingLabel(before.ratingId()),
                        ratingLabel(after.ratingId()), lines);
                textLine("summary", before == null ? null : before.summary(), after.summary(), lines);
                textLine("analysis", before == null ? null : before.analysis(), after.analysis(), lines);
                if (!(step == Step.CORRECTION && v.created())) {
                    textLine("correction note", before == null ? null : before.correctionNote(),
                            after.correctionNote(), lines);
                }
            }
            SourceChanges s = v.sources();
            for (SourceRow added : s.added()) {
                lines.add(Line.plain("added the source " + added.describe()));
            }
            for (SourceRow[] pair : s.changed()) {
                List<String> parts = new ArrayList<>();
                sourcePart("title", pair[0].title(), pair[1].title(), parts);
                sourcePart("publisher", pair[0].publisher(), pair[1].publisher(), parts);
                sourcePart("excerpt", pair[0].excerpt(), pair[1].excerpt(), parts);
                lines.add(Line.plain("changed the source " + pair[1].url() + ": " + String.join(", ", parts)));
            }
            for (SourceRow removed : s.removed()) {
                lines.add(Line.plain("removed the source " + removed.describe()));
            }
        }

        private static void sourcePart(String field, String before, String after, List<String> parts) {
            if (!Objects.equals(before, after)) {
                parts.add("the " + field + " from " + orNone(quoted(before)) + " to " + orNone(quoted(after)));
            }
        }

        /** "changed the X from A to B", "set the X to B" or "removed the X A"; nothing when equal. */
        private static void valueLine(String field, String before, String after, List<Line> lines) {
            if (Objects.equals(before, after)) {
                return;
            }
            if (before == null) {
                lines.add(Line.plain("set the " + field + " to " + after));
            } else if (after == null) {
                lines.add(Line.plain("removed the " + field + " " + before));
            } else {
                lines.add(Line.plain("changed the " + field + " from " + before + " to " + after));
            }
        }

        /** A text field with its word diff. */
        private static void textLine(String field, String before, String after, List<Line> lines) {
            if (Objects.equals(before, after)) {
                return;
            }
            String verb = before == null ? "wrote the " : after == null ? "removed the " : "changed the ";
            lines.add(Line.diff(verb + field, before, after));
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
            fields.put("priority", c -> c.priority() == null ? null : c.priority().toLowerCase(java.util.Locale.ROOT));
            fields.put("status", ClaimRow::status);
            fields.put("assignee", c -> username(c.assigneeId()));
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
            fields.put("rating", r -> ratingKey(r.ratingId()));
            fields.put("summary", VerdictRow::summary);
            fields.put("analysis", VerdictRow::analysis);
            fields.put("correctionNote", VerdictRow::correctionNote);
            fields.put("author", r -> username(r.authorId()));
            fields.put("approver", r -> username(r.approverId()));
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

        /** The revision's person by display name; the system when no one was signed in. */
        private String who(Revision r) {
            if (r.accountId() != null && people.containsKey(r.accountId())) {
                return people.get(r.accountId()).displayName();
            }
            if (r.username() != null) {
                Person p = peopleByUsername.get(r.username());
                return p != null ? p.displayName() : r.username();
            }
            return SYSTEM;
        }

        private String person(Long id) {
            Person p = id == null ? null : people.get(id);
            return p != null ? p.displayName() : "account " + id;
        }

        private String username(Long id) {
            if (id == null) {
                return null;
            }
            Person p = people.get(id);
            return p != null ? p.username() : "account " + id;
        }

        private String ratingLabel(Long id) {
            if (id == null) {
                return null;
            }
            RatingName r = ratings.get(id);
            return r != null ? r.label() : "rating " + id;
        }

        private String ratingKey(Long id) {
            if (id == null) {
                return null;
            }
            RatingName r = ratings.get(id);
            return r != null ? r.key() : "rating " + id;
        }

        private static String priority(String name) {
            return name == null ? null : Priority.parse(name).map(p -> p.label).orElse(name);
        }

        private static String status(String name) {
            return name == null ? null : ClaimStatus.parse(name).map(s -> s.label).orElse(name);
        }

        private static String day(LocalDate date) {
            return date == null ? null : Formats.day(date);
        }

        private static String iso(LocalDate date) {
            return date == null ? null : date.toString();
        }

        private static String quoted(String text) {
            return text == null || text.isBlank() ? null : "“" + text + "”";
        }

        private static String orNone(String text) {
            return text == null ? "none" : text;
        }

        private static String tagList(Set<String> tags) {
            return tags.isEmpty() ? "none" : "“" + String.join(", ", tags) + "”";
        }

        private static String joined(Set<String> tags) {
            return tags.isEmpty() ? null : String.join(", ", tags);
        }
    }
}

package org.factdesk.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit rows of one claim's history, as {@link ClaimHistory} reads them: the claim's own rows, its tags, its
 * verdicts, their sources and its comments, grouped by revision, then the names and ratings they refer to. One
 * query per audit table and one each for the names and ratings, however long the history.
 */
final class HistoryRows {

    record Revision(long id, long atMillis, Long accountId, String username, String action, String note) {
    }

    record ClaimRow(int revtype, String statement, String claimant, LocalDate claimDate,
            String appearanceUrl, String priority, String status, Long assigneeId, LocalDate dueDate,
            String returnNote, String dismissReason) {
    }

    record TagRow(int revtype, String tag) {
    }

    record VerdictRow(long id, int revtype, int revision, String state, Long ratingId, String summary,
            String analysis, String correctionNote, Long authorId, Long approverId) {
    }

    record SourceRow(long id, int revtype, long verdictId, int position, String url, String title,
            String publisher, String excerpt) {
        boolean sameContent(SourceRow o) {
            return Objects.equals(url, o.url) && Objects.equals(title, o.title)
                    && Objects.equals(publisher, o.publisher) && Objects.equals(excerpt, o.excerpt);
        }
    }

    record CommentRow(long id, int revtype, Long authorId, String body) {
    }

    /** The rows one revision wrote for this claim. */
    static final class Rows {
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

    record Person(long id, String username, String displayName) {
    }

    record RatingName(String key, String label) {
    }

    /** The people and ratings the rows refer to, by id, and how the history names them. */
    static final class Names {
        private final Map<Long, Person> people;
        private final Map<String, Person> peopleByUsername;
        private final Map<Long, RatingName> ratings;

        Names(Map<Long, Person> people, Map<String, Person> peopleByUsername, Map<Long, RatingName> ratings) {
            this.people = people;
            this.peopleByUsername = peopleByUsername;
            this.ratings = ratings;
        }

        /** The revision's person by display name; null for the system, when no one was signed in. */
        String who(Revision r) {
            if (r.accountId() != null && people.containsKey(r.accountId())) {
                return people.get(r.accountId()).displayName();
            }
            if (r.username() != null) {
                Person p = peopleByUsername.get(r.username());
                return p != null ? p.displayName() : r.username();
            }
            return null;
        }

        /** The person's display name; null when the rows do not name them. */
        String person(Long id) {
            Person p = id == null ? null : people.get(id);
            return p != null ? p.displayName() : null;
        }

        String username(Long id) {
            if (id == null) {
                return null;
            }
            Person p = people.get(id);
            return p != null ? p.username() : "account " + id;
        }

        String ratingLabel(Long id) {
            if (id == null) {
                return null;
            }
            RatingName r = ratings.get(id);
            return r != null ? r.label() : null;
        }

        String ratingKey(Long id) {
            if (id == null) {
                return null;
            }
            RatingName r = ratings.get(id);
            return r != null ? r.key() : "rating " + id;
        }
    }

    /** What was read: the claim's statement now, its revisions oldest first, and the names they use. */
    record Read(String statement, Collection<Rows> revisions, Names names) {
    }

    private HistoryRows() {
    }

    /** The revision columns every row query starts with, so each row arrives with who, when and why. */
    private static final String REVISION_COLUMNS = "a.rev, r.at_millis, r.account_id, r.username, r.action, r.note, ";
    private static final int FIRST = 7;

    /** The claim's rows, or empty when there is no such claim. */
    static Optional<Read> read(Connection connection, long claimId) throws SQLException {
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
        return Optional.of(new Read(statement, byRev.values(), new Names(people, peopleByUsername, ratings)));
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
}

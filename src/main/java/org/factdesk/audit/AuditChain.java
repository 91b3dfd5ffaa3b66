package org.factdesk.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;

/**
 * The hash chain over the audit history, in plain JDBC so a benchmark or an outside tool can run it on any
 * connection. Each revision has a canonical text: its revision row, then every audit row it wrote, table by table
 * in a fixed order, rows in key order, columns in name order. Its seal is SHA-256 over the previous seal (hex), a
 * line feed and that text. Changing, deleting or inserting any audit row changes a canonical text or breaks a link,
 * so {@link #verify} finds the first revision that no longer matches.
 */
public final class AuditChain {

    /** Seal that precedes the first one. */
    public static final String GENESIS = "0".repeat(64);

    /** An audit table and the columns that order its rows within one revision. */
    record Table(String name, String keys) {
    }

    /** Every table Envers writes, in canonical order. */
    static final List<Table> TABLES = List.of(
            new Table("account_aud", "id"),
            new Table("account_role_aud", "account_id, role"),
            new Table("article_aud", "id"),
            new Table("claim_aud", "id"),
            new Table("claim_tag_aud", "claim_id, tag"),
            new Table("verdict_aud", "id"),
            new Table("source_aud", "id"),
            new Table("claim_comment_aud", "id"),
            new Table("rating_aud", "id"),
            new Table("organisation_aud", "id"));

    /** The outcome of a verification: how many sealed revisions were checked and the first that failed. */
    public record Verification(boolean ok, long count, Long firstBroken, String problem, long unsealed,
            long millis) {
    }

    /** One revision as it is sealed or exported: its canonical text with the seal that covers it. */
    public record Sealed(long seq, long rev, String prevSeal, String seal, String canonical) {
    }

    private AuditChain() {
    }

    /**
     * Seals the revisions not sealed yet, oldest first, continuing the chain from its head. The caller holds a
     * transaction on {@code connection}; the head row is locked, so instances sealing at the same moment take turns.
     * Revisions are looked for above {@code floor} (a few thousand below the newest sealed one), which keeps the
     * search cheap however long the history grows.
     *
     * @return how many revisions were sealed
     */
    public static int sealPending(Connection connection, int batch) throws SQLException {
        long lastSeq;
        String lastSeal;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_seq, last_seal from audit_chain_head where id = 1 for update");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            lastSeq = rs.getLong(1);
            lastSeal = rs.getString(2);
        }
        long floor = 0;
        try (PreparedStatement max = connection.prepareStatement("select max(rev) from audit_seal");
                ResultSet rs = max.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                floor = Math.max(0, rs.getLong(1) - 10_000);
            }
        }
        List<Long> pending = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("select r.id from audit_revision r where r.id > ? "
                + "and not exists (select 1 from audit_seal s where s.rev = r.id) order by r.id")) {
            find.setLong(1, floor);
            find.setMaxRows(batch);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    pending.add(rs.getLong(1));
                }
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(pending);
        long lo = pending.get(0);
        long hi = pending.get(pending.size() - 1);
        MessageDigest sha = sha256();
        Timestamp now = Timestamp.from(java.time.Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_seal (seq, rev, prev_seal, seal, sealed_at) values (?, ?, ?, ?, ?)")) {
            final long[] seq = { lastSeq };
            final String[] prev = { lastSeal };
            SQLException[] failure = new SQLException[1];
            walk(connection, lo, hi, wanted::contains, (rev, canonical) -> {
                String seal = seal(sha, prev[0], canonical);
                try {
                    insert.setLong(1, ++seq[0]);
                    insert.setLong(2, rev);
                    insert.setString(3, prev[0]);
                    insert.setString(4, seal);
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                } catch (SQLException e) {
                    failure[0] = e;
                }
                prev[0] = seal;
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            insert.executeBatch();
            try (PreparedStatement head = connection.prepareStatement(
                    "update audit_chain_head set last_seq = ?, last_seal = ? where id = 1")) {
                head.setLong(1, seq[0]);
                head.setString(2, prev[0]);
                head.executeUpdate();
            }
            return (int) (seq[0] - lastSeq);
        }
    }

    /**
     * Checks every seal: each links to the one before, and each matches the revision's canonical text as the
     * audit tables hold it now. Streams the tables once in revision order; memory grows with the number of seals
     * (about 100 bytes each), not with the rows.
     */
    public static Verification verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        List<long[]> seqRev = new ArrayList<>();
        List<String> prevs = new ArrayList<>();
        List<String> seals = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select seq, rev, prev_seal, seal from audit_seal order by seq")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqRev.add(new long[] { rs.getLong(1), rs.getLong(2) });
                    prevs.add(rs.getString(3));
                    seals.add(rs.getString(4));
                }
            }
        }
        int n = seqRev.size();
        long firstBadSeq = Long.MAX_VALUE;
        String problem = null;
        for (int i = 0; i < n; i++) {
            String expectedPrev = i == 0 ? GENESIS : seals.get(i - 1);
            if (seqRev.get(i)[0] != i + 1 || !expectedPrev.equals(prevs.get(i))) {
                firstBadSeq = i + 1;
                problem = "seal " + (i + 1) + " does not follow the seal before it (a seal was removed or changed)";
                break;
            }
        }
        java.util.Map<Long, Integer> indexOfRev = new java.util.HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexOfRev.put(seqRev.get(i)[1], i);
        }
        long[] badSeq = { firstBadSeq };
        String[] badProblem = { problem };
        long unsealed;
        if (n > 0) {
            MessageDigest sha = sha256();
            java.util.BitSet seen = new java.util.BitSet(n);
            long lo = seqRev.stream().mapToLong(a -> a[1]).min().orElse(0);
            long hi = seqRev.stream().mapToLong(a -> a[1]).max().orElse(0);
            walk(connection, lo, hi, indexOfRev::containsKey, (rev, canonical) -> {
                int i = indexOfRev.get(rev);
                seen.set(i);
                if (!seal(sha, prevs.get(i), canonical).equals(seals.get(i)) && i + 1 < badSeq[0]) {
                    badSeq[0] = i + 1;
                    badProblem[0] = "revision " + rev + " no longer matches its seal (its audit rows were changed, "
                            + "removed or added)";
                }
            });
            int missing = seen.nextClearBit(0);
            if (missing < n && missing + 1 < badSeq[0]) {
                badSeq[0] = missing + 1;
                badProblem[0] = "revision " + seqRev.get(missing)[1] + " is sealed but no longer exists";
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from audit_revision r where "
                + "not exists (select 1 from audit_seal s where s.rev = r.id)"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            unsealed = rs.getLong(1);
        }
        boolean ok = badSeq[0] == Long.MAX_VALUE;
        Long firstBroken = ok ? null : seqRev.get((int) badSeq[0] - 1)[1];
        return new Verification(ok, n, firstBroken, badProblem[0], unsealed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Receives each revision's canonical text in revision order. */
    @FunctionalInterface
    public interface RevisionConsumer {
        void accept(long rev, String canonical) throws SQLException;
    }

    /**
     * Streams the canonical text of every revision in {@code [lo, hi]} that {@code wanted} accepts, in revision
     * order: one cursor per table, merged.
     */
    public static void walk(Connection connection, long lo, long hi, LongPredicate wanted, RevisionConsumer consumer)
            throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>();
        List<Cursor> cursors = new ArrayList<>();
        try {
            PreparedStatement revisions = connection.prepareStatement("select id, at_millis, account_id, username, "
                    + "action, note, request_id from audit_revision where id between ? and ? order by id");
            statements.add(revisions);
            revisions.setLong(1, lo);
            revisions.setLong(2, hi);
            revisions.setFetchSize(5000);
            ResultSet revs = revisions.executeQuery();
            for (Table table : TABLES) {
                PreparedStatement ps = connection.prepareStatement("select * from " + table.name()
                        + " where rev between ? and ? order by rev, " + table.keys());
                statements.add(ps);
                ps.setLong(1, lo);
                ps.setLong(2, hi);
                ps.setFetchSize(5000);
                cursors.add(new Cursor(table.name(), ps.executeQuery()));
            }
            StringBuilder sb = new StringBuilder(512);
            while (revs.next()) {
                long rev = revs.getLong(1);
                boolean include = wanted.test(rev);
                sb.setLength(0);
                if (include) {
                    sb.append("revision ").append(rev).append(' ').append(revs.getLong(2));
                    appendValue(sb.append(" account="), revs.getObject(3));
                    appendValue(sb.append(" user="), revs.getString(4));
                    appendValue(sb.append(" action="), revs.getString(5));
                    appendValue(sb.append(" note="), revs.getString(6));
                    appendValue(sb.append(" request="), revs.getString(7));
                    sb.append('\n');
                }
                for (Cursor cursor : cursors) {
                    cursor.rowsOf(rev, include ? sb : null);
                }
                if (include) {
                    consumer.accept(rev, sb.toString());
                }
            }
        } finally {
            for (PreparedStatement ps : statements) {
                ps.close();
            }
        }
    }

    /** SHA-256 of the previous seal, a line feed and the canonical text, as lower-case hex. */
    public static String seal(MessageDigest sha, String previous, String canonical) {
        sha.reset();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A table's rows in revision order, read ahead by one row. */
    private static final class Cursor {
        private final String table;
        private final ResultSet rs;
        private final String[] columns;
        private final int[] order;
        private final int revColumn;
        private boolean hasRow;

        Cursor(String table, ResultSet rs) throws SQLException {
            this.table = table;
            this.rs = rs;
            ResultSetMetaData meta = rs.getMetaData();
            int count = meta.getColumnCount();
            columns = new String[count];
            int rev = -1;
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                columns[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                if (columns[i].equals("rev")) {
                    rev = i + 1;
                } else {
                    indexes.add(i);
                }
            }
            indexes.sort((a, b) -> columns[a].compareTo(columns[b]));
            order = indexes.stream().mapToInt(Integer::intValue).toArray();
            revColumn = rev;
            hasRow = rs.next();
        }

        /** Appends (or, with a null builder, skips) this table's rows of revision {@code rev}. */
        void rowsOf(long rev, StringBuilder sb) throws SQLException {
            while (hasRow && rs.getLong(revColumn) < rev) {
                // Rows of a revision with no revision row cannot exist (foreign key); skip defensively.
                hasRow = rs.next();
            }
            while (hasRow && rs.getLong(revColumn) == rev) {
                if (sb != null) {
                    sb.append(table);
                    for (int i : order) {
                        appendValue(sb.append(' ').append(columns[i]).append('='), rs.getObject(i + 1));
                    }
                    sb.append('\n');
                }
                hasRow = rs.next();
            }
        }
    }

    /** A value in canonical form: JSON-like, the same on H2 and PostgreSQL. */
    static void appendValue(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            sb.append(value);
        } else if (value instanceof BigDecimal d) {
            sb.append(d.stripTrailingZeros().toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(((Number) value).doubleValue());
        } else if (value instanceof Timestamp t) {
            quote(sb, t.toInstant().toString());
        } else if (value instanceof OffsetDateTime t) {
            quote(sb, t.toInstant().toString());
        } else if (value instanceof java.time.Instant t) {
            quote(sb, t.toString());
        } else {
            quote(sb, value.toString());
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

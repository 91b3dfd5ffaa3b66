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
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

        /**
         * Tables keyed by id are read in revision order only and put in id order here: a revision has few rows per
         * table, and sorting them in the database would make it gather and sort the whole table first (H2 spills
         * results over 40,000 rows to disk). The other tables' keys lead their primary key after rev, so the
         * database streams them in key order from the index.
         */
        boolean sortedHere() {
            return keys.equals("id");
        }

        String orderBy() {
            return sortedHere() ? "rev" : "rev, " + keys;
        }
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
        Timestamp now = Timestamp.from(Instant.now());
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
        long[] seqs = new long[1024];
        long[] revs = new long[1024];
        List<String> prevs = new ArrayList<>();
        List<String> seals = new ArrayList<>();
        int n = 0;
        boolean lazy = streamOnH2(connection);
        try (PreparedStatement ps = connection.prepareStatement(
                "select seq, rev, prev_seal, seal from audit_seal order by seq")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == seqs.length) {
                        seqs = Arrays.copyOf(seqs, n * 2);
                        revs = Arrays.copyOf(revs, n * 2);
                    }
                    seqs[n] = rs.getLong(1);
                    revs[n] = rs.getLong(2);
                    prevs.add(rs.getString(3));
                    seals.add(rs.getString(4));
                    n++;
                }
            }
        } finally {
            endStreamOnH2(connection, lazy);
        }
        long firstBadSeq = Long.MAX_VALUE;
        String problem = null;
        for (int i = 0; i < n; i++) {
            String expectedPrev = i == 0 ? GENESIS : seals.get(i - 1);
            if (seqs[i] != i + 1 || !expectedPrev.equals(prevs.get(i))) {
                firstBadSeq = i + 1;
                problem = "seal " + (i + 1) + " does not follow the seal before it (a seal was removed or changed)";
                break;
            }
        }
        long[] badSeq = { firstBadSeq };
        String[] badProblem = { problem };
        long unsealed;
        if (n > 0) {
            SealedRevisions sealed = new SealedRevisions(revs, n);
            MessageDigest sha = sha256();
            BitSet seen = new BitSet(n);
            List<String> prevSeals = prevs;
            List<String> sealList = seals;
            walkTexts(connection, sealed.lowest(), sealed.highest(), sealed::take, (rev, canonical) -> {
                int i = sealed.index();
                seen.set(i);
                if (!seal(sha, prevSeals.get(i), canonical.toString()).equals(sealList.get(i))
                        && i + 1 < badSeq[0]) {
                    badSeq[0] = i + 1;
                    badProblem[0] = "revision " + rev + " no longer matches its seal (its audit rows were changed, "
                            + "removed or added)";
                }
            });
            int missing = seen.nextClearBit(0);
            if (missing < n && missing + 1 < badSeq[0]) {
                badSeq[0] = missing + 1;
                badProblem[0] = "revision " + revs[missing] + " is sealed but no longer exists";
            }
            // The walk saw every revision between the lowest and the highest sealed one; the rest have no seal.
            unsealed = sealed.unsealedSeen() + count(connection, "select count(*) from audit_revision")
                    - sealed.visited();
        } else {
            unsealed = count(connection, "select count(*) from audit_revision");
        }
        boolean ok = badSeq[0] == Long.MAX_VALUE;
        Long firstBroken = ok ? null : revs[(int) badSeq[0] - 1];
        return new Verification(ok, n, firstBroken, badProblem[0], unsealed,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The sealed revision numbers in ascending order, matched against the revisions a walk visits (ascending,
     * each once): says which to check and which seal covers it, and counts the visited ones no seal covers.
     */
    private static final class SealedRevisions {
        private final long[] sorted;
        /** Index in seal order of each entry of {@code sorted}. */
        private final int[] index;
        private int at;
        private long unsealed;
        private long visited;

        SealedRevisions(long[] revs, int n) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // Stable: a revision sealed twice keeps its seals in seal order, and the later one is checked.
            Arrays.sort(order, (a, b) -> Long.compare(revs[a], revs[b]));
            sorted = new long[n];
            index = new int[n];
            for (int k = 0; k < n; k++) {
                index[k] = order[k];
                sorted[k] = revs[order[k]];
            }
        }

        long lowest() {
            return sorted[0];
        }

        long highest() {
            return sorted[sorted.length - 1];
        }

        /** True when {@code rev} is sealed; then {@link #index} names its seal. */
        boolean take(long rev) {
            visited++;
            while (at < sorted.length && sorted[at] < rev) {
                at++;
            }
            if (at < sorted.length && sorted[at] == rev) {
                while (at + 1 < sorted.length && sorted[at + 1] == rev) {
                    at++;
                }
                return true;
            }
            unsealed++;
            return false;
        }

        int index() {
            return index[at];
        }

        long unsealedSeen() {
            return unsealed;
        }

        long visited() {
            return visited;
        }
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
        walkTexts(connection, lo, hi, wanted, (rev, text) -> consumer.accept(rev, text.toString()));
    }

    /** Receives a revision's canonical text while it is being built; the builder is reused for the next one. */
    @FunctionalInterface
    interface TextConsumer {
        void accept(long rev, StringBuilder canonical) throws SQLException;
    }

    /**
     * {@link #walk} without a string per revision. Asks {@code wanted} once about every revision in the range, in
     * ascending order, and hands over each accepted one before asking about the next.
     */
    static void walkTexts(Connection connection, long lo, long hi, LongPredicate wanted, TextConsumer consumer)
            throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>();
        List<Cursor> cursors = new ArrayList<>();
        boolean lazy = streamOnH2(connection);
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
                        + " where rev between ? and ? order by " + table.orderBy());
                statements.add(ps);
                ps.setLong(1, lo);
                ps.setLong(2, hi);
                ps.setFetchSize(5000);
                cursors.add(new Cursor(table.name(), ps.executeQuery(), table.sortedHere()));
            }
            StringBuilder sb = new StringBuilder(4096);
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
                    consumer.accept(rev, sb);
                }
            }
        } finally {
            for (PreparedStatement ps : statements) {
                ps.close();
            }
            endStreamOnH2(connection, lazy);
        }
    }

    /**
     * H2 gathers a query's whole result before returning the first row, and writes results over 40,000 rows to a
     * temporary file, unless the session runs queries lazily; the long reads here switch that on for their
     * duration (returning true when they did). PostgreSQL streams with the fetch size inside a transaction.
     */
    private static boolean streamOnH2(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lazy_query_execution true");
        }
        return true;
    }

    /** Puts a pooled H2 connection back to H2's default, eager execution. */
    private static void endStreamOnH2(Connection connection, boolean lazy) throws SQLException {
        if (lazy) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lazy_query_execution false");
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
        /** " column=" for each column, as the canonical text writes it. */
        private final String[] labels;
        /** How each column is read; see {@link #appendColumn}. */
        private final ColumnKind[] kinds;
        private final int[] order;
        private final int revColumn;
        /** The id column when rows are put in id order here, else 0. */
        private final int idColumn;
        private boolean hasRow;
        private long[] ids = new long[8];
        private int[] starts = new int[8];

        Cursor(String table, ResultSet rs, boolean sortById) throws SQLException {
            this.table = table;
            this.rs = rs;
            ResultSetMetaData meta = rs.getMetaData();
            int count = meta.getColumnCount();
            columns = new String[count];
            int rev = -1;
            int id = 0;
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                columns[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                if (columns[i].equals("rev")) {
                    rev = i + 1;
                } else {
                    indexes.add(i);
                }
                if (columns[i].equals("id") && sortById) {
                    id = i + 1;
                }
            }
            labels = new String[count];
            kinds = new ColumnKind[count];
            for (int i = 0; i < count; i++) {
                labels[i] = " " + columns[i] + "=";
                kinds[i] = ColumnKind.of(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
            }
            indexes.sort((a, b) -> columns[a].compareTo(columns[b]));
            order = indexes.stream().mapToInt(Integer::intValue).toArray();
            revColumn = rev;
            idColumn = id;
            hasRow = rs.next();
        }

        /** Appends (or, with a null builder, skips) this table's rows of revision {@code rev}, in key order. */
        void rowsOf(long rev, StringBuilder sb) throws SQLException {
            while (hasRow && rs.getLong(revColumn) < rev) {
                // Rows of a revision with no revision row cannot exist (foreign key); skip defensively.
                hasRow = rs.next();
            }
            int rows = 0;
            boolean inOrder = true;
            while (hasRow && rs.getLong(revColumn) == rev) {
                if (sb != null) {
                    if (idColumn > 0) {
                        if (rows == ids.length) {
                            ids = Arrays.copyOf(ids, rows * 2);
                            starts = Arrays.copyOf(starts, rows * 2);
                        }
                        ids[rows] = rs.getLong(idColumn);
                        starts[rows] = sb.length();
                        inOrder &= rows == 0 || ids[rows - 1] < ids[rows];
                    }
                    sb.append(table);
                    for (int i : order) {
                        appendColumn(sb.append(labels[i]), i);
                    }
                    sb.append('\n');
                    rows++;
                }
                hasRow = rs.next();
            }
            if (!inOrder) {
                reorder(sb, rows);
            }
        }

        /**
         * Appends a column's value as {@link #appendValue} writes the driver's default object, reading integers,
         * timestamps and dates directly: the same text without the boxing and the Calendar arithmetic.
         */
        private void appendColumn(StringBuilder sb, int i) throws SQLException {
            switch (kinds[i]) {
                case INTEGER -> {
                    long value = rs.getLong(i + 1);
                    if (rs.wasNull()) {
                        sb.append("null");
                    } else {
                        sb.append(value);
                    }
                }
                case INSTANT -> {
                    OffsetDateTime value = rs.getObject(i + 1, OffsetDateTime.class);
                    if (value == null) {
                        sb.append("null");
                    } else if (value.getYear() >= MODERN) {
                        appendInstant(sb, value.toInstant());
                    } else {
                        appendValue(sb, rs.getObject(i + 1));
                    }
                }
                case DATE -> {
                    LocalDate value = rs.getObject(i + 1, LocalDate.class);
                    if (value == null) {
                        sb.append("null");
                    } else if (value.getYear() >= MODERN && value.getYear() <= 9999) {
                        quote(sb, value.toString());
                    } else {
                        appendValue(sb, rs.getObject(i + 1));
                    }
                }
                default -> appendValue(sb, rs.getObject(i + 1));
            }
        }

        /** Rewrites the last {@code rows} rows appended to {@code sb} in id order (ids are unique in a revision). */
        private void reorder(StringBuilder sb, int rows) {
            String[] texts = new String[rows];
            Integer[] byId = new Integer[rows];
            for (int r = 0; r < rows; r++) {
                texts[r] = sb.substring(starts[r], r + 1 < rows ? starts[r + 1] : sb.length());
                byId[r] = r;
            }
            Arrays.sort(byId, (a, b) -> Long.compare(ids[a], ids[b]));
            sb.setLength(starts[0]);
            for (int r : byId) {
                sb.append(texts[r]);
            }
        }
    }

    /**
     * From this year on, java.time values read exactly as the drivers' default java.sql objects do; before it the
     * old classes' Julian calendar and historic zone offsets can differ, so those values take the default path.
     */
    private static final int MODERN = 1900;

    /** How a column is read for the canonical text. */
    private enum ColumnKind {
        INTEGER, INSTANT, DATE, OBJECT;

        static ColumnKind of(int type, String typeName) {
            return switch (type) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
                case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
                case Types.DATE -> DATE;
                // The PostgreSQL driver reports timestamptz as TIMESTAMP; plain timestamps have no instant.
                case Types.TIMESTAMP -> "timestamptz".equalsIgnoreCase(typeName) ? INSTANT : OBJECT;
                default -> OBJECT;
            };
        }
    }

    /** A value in canonical form: JSON-like, the same on H2 and PostgreSQL. */
    static void appendValue(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Long l) {
            sb.append(l.longValue());
        } else if (value instanceof Integer i) {
            sb.append(i.intValue());
        } else if (value instanceof Boolean || value instanceof Short || value instanceof Byte) {
            sb.append(value);
        } else if (value instanceof BigDecimal d) {
            sb.append(d.stripTrailingZeros().toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(((Number) value).doubleValue());
        } else if (value instanceof OffsetDateTime t) {
            appendInstant(sb, t.toInstant());
        } else if (value instanceof Timestamp t) {
            appendInstant(sb, t.toInstant());
        } else if (value instanceof Instant t) {
            appendInstant(sb, t);
        } else {
            quote(sb, value.toString());
        }
    }

    /**
     * Appends a quoted string. Most values need no escape and are copied whole, which is much faster than
     * appending them piece by piece.
     */
    private static void quote(StringBuilder sb, String s) {
        int length = s.length();
        int first = 0;
        while (first < length && !needsEscape(s.charAt(first))) {
            first++;
        }
        sb.append('"');
        if (first == length) {
            sb.append(s);
        } else {
            sb.append(s, 0, first);
            for (int i = first; i < length; i++) {
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
        }
        sb.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    /** Latest instant {@link #appendInstant} formats itself: the end of year 9999. */
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * Appends what {@link Instant#toString()} gives (ISO-8601 in UTC, seconds always, the fraction in groups of
     * three digits), quoted, without its formatter's cost; instants outside years 1970 to 9999 use it directly.
     */
    static void appendInstant(StringBuilder sb, Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            quote(sb, instant.toString());
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(seconds / 86_400);
        int time = (int) (seconds % 86_400);
        sb.append('"');
        digits(sb, day.getYear(), 4).append('-');
        digits(sb, day.getMonthValue(), 2).append('-');
        digits(sb, day.getDayOfMonth(), 2).append('T');
        digits(sb, time / 3600, 2).append(':');
        digits(sb, time / 60 % 60, 2).append(':');
        digits(sb, time % 60, 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            sb.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(sb, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                digits(sb, nanos / 1000, 6);
            } else {
                digits(sb, nanos, 9);
            }
        }
        sb.append("Z\"");
    }

    /** Appends a non-negative number left-padded with zeros to {@code width} digits. */
    private static StringBuilder digits(StringBuilder sb, int value, int width) {
        for (int limit = POWERS_OF_TEN[width - 1]; limit > 1 && value < limit; limit /= 10) {
            sb.append('0');
        }
        return sb.append(value);
    }

    private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000 };
}

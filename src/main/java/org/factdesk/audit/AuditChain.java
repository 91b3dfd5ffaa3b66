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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.function.LongToIntFunction;

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
     * audit tables hold it now. Streams the tables once in revision order, reading ahead on a second thread while
     * this one hashes; memory grows with the number of seals (about 250 bytes each), not with the rows.
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
            walkTexts(connection, sealed.lowest(), sealed.highest(), sealed::take, (rev, i, canonical) -> {
                seen.set(i);
                if (!seal(sha, prevs.get(i), canonical.toString()).equals(seals.get(i))
                        && i + 1 < badSeq[0]) {
                    badSeq[0] = i + 1;
                    badProblem[0] = "revision " + rev + " no longer matches its seal (its audit rows were changed, "
                            + "removed or added)";
                }
            }, true);
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
     * each once): says which seal covers each, and counts the visited ones no seal covers.
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

        /** The index in seal order of the seal that covers {@code rev}, or -1 when none does. */
        int take(long rev) {
            visited++;
            while (at < sorted.length && sorted[at] < rev) {
                at++;
            }
            if (at < sorted.length && sorted[at] == rev) {
                while (at + 1 < sorted.length && sorted[at + 1] == rev) {
                    at++;
                }
                return index[at];
            }
            unsealed++;
            return -1;
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
        walkTexts(connection, lo, hi, rev -> wanted.test(rev) ? 0 : -1,
                (rev, tag, text) -> consumer.accept(rev, text.toString()), false);
    }

    /** Receives a revision's canonical text while it is being built; the builder is reused for the next one. */
    @FunctionalInterface
    interface TextConsumer {
        void accept(long rev, int tag, StringBuilder canonical) throws SQLException;
    }

    /**
     * {@link #walk} without a string per revision. {@code select} is asked once about every revision in the range,
     * in ascending order, and answers -1 to leave it out or a tag that is handed to the consumer with its text.
     * With {@code prefetch}, a second thread reads the rows from the database while this one writes and hands
     * over the texts, so the two overlap; the connection is used by one thread at a time all the same.
     */
    static void walkTexts(Connection connection, long lo, long hi, LongToIntFunction select, TextConsumer consumer,
            boolean prefetch) throws SQLException {
        boolean lazy = streamOnH2(connection);
        try (Reader reader = new Reader(connection, lo, hi, select)) {
            StringBuilder sb = new StringBuilder(4096);
            if (!prefetch) {
                for (RawRevision r = reader.next(); r != null; r = reader.next()) {
                    if (r.tag >= 0) {
                        consumer.accept(r.rev, r.tag, reader.format(r, sb));
                    }
                }
                return;
            }
            try (Prefetch ahead = new Prefetch(reader)) {
                for (RawRevision r = ahead.next(); r != null; r = ahead.next()) {
                    consumer.accept(r.rev, r.tag, reader.format(r, sb));
                }
            }
        } finally {
            endStreamOnH2(connection, lazy);
        }
    }

    /** One revision as read: its own row and, per table, its rows' values in canonical column order. */
    private static final class RawRevision {
        final long rev;
        final int tag;
        final long atMillis;
        final Object account;
        final String user;
        final String action;
        final String note;
        final String request;
        final List<Object[]>[] rows;

        @SuppressWarnings("unchecked")
        RawRevision(ResultSet revs, long rev, int tag, int tables) throws SQLException {
            this.rev = rev;
            this.tag = tag;
            atMillis = revs.getLong(2);
            account = revs.getObject(3);
            user = revs.getString(4);
            action = revs.getString(5);
            note = revs.getString(6);
            request = revs.getString(7);
            rows = new List[tables];
        }
    }

    /** The merge of the revision cursor and one cursor per audit table, a revision at a time. */
    private static final class Reader implements AutoCloseable {
        private final List<PreparedStatement> statements = new ArrayList<>();
        private final List<Cursor> cursors = new ArrayList<>();
        private final LongToIntFunction select;
        private final ResultSet revs;

        Reader(Connection connection, long lo, long hi, LongToIntFunction select) throws SQLException {
            this.select = select;
            try {
                PreparedStatement revisions = connection.prepareStatement("select id, at_millis, account_id, "
                        + "username, action, note, request_id from audit_revision where id between ? and ? "
                        + "order by id");
                statements.add(revisions);
                revisions.setLong(1, lo);
                revisions.setLong(2, hi);
                revisions.setFetchSize(5000);
                revs = revisions.executeQuery();
                for (Table table : TABLES) {
                    PreparedStatement ps = connection.prepareStatement("select * from " + table.name()
                            + " where rev between ? and ? order by " + table.orderBy());
                    statements.add(ps);
                    ps.setLong(1, lo);
                    ps.setLong(2, hi);
                    ps.setFetchSize(5000);
                    cursors.add(new Cursor(table.name(), ps.executeQuery(), table.sortedHere()));
                }
            } catch (SQLException | RuntimeException e) {
                close();
                throw e;
            }
        }

        /** The next revision (its rows read only when it is selected), or null after the last. */
        RawRevision next() throws SQLException {
            if (!revs.next()) {
                return null;
            }
            long rev = revs.getLong(1);
            int tag = select.applyAsInt(rev);
            if (tag < 0) {
                for (Cursor cursor : cursors) {
                    cursor.skip(rev);
                }
                return new RawRevision(revs, rev, tag, 0);
            }
            RawRevision raw = new RawRevision(revs, rev, tag, cursors.size());
            for (int t = 0; t < cursors.size(); t++) {
                raw.rows[t] = cursors.get(t).read(rev);
            }
            return raw;
        }

        /** Writes a revision's canonical text into {@code sb}, replacing what it held. */
        StringBuilder format(RawRevision r, StringBuilder sb) {
            sb.setLength(0);
            sb.append("revision ").append(r.rev).append(' ').append(r.atMillis);
            appendValue(sb.append(" account="), r.account);
            appendValue(sb.append(" user="), r.user);
            appendValue(sb.append(" action="), r.action);
            appendValue(sb.append(" note="), r.note);
            appendValue(sb.append(" request="), r.request);
            sb.append('\n');
            for (int t = 0; t < cursors.size(); t++) {
                cursors.get(t).format(r.rows[t], sb);
            }
            return sb;
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (PreparedStatement ps : statements) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Reads selected revisions ahead on a second thread, in batches through a short queue. Closing stops the
     * thread and waits for it, so the caller may close the statements afterwards. The thread is never
     * interrupted: H2 closes its file when a thread is interrupted in the middle of a read.
     */
    private static final class Prefetch implements AutoCloseable {
        private static final int BATCH = 256;
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private final Thread thread;
        private volatile boolean stopped;
        private List<RawRevision> batch = List.of();
        private int at;

        Prefetch(Reader reader) {
            thread = new Thread(() -> {
                try {
                    List<RawRevision> filling = new ArrayList<>(BATCH);
                    for (RawRevision r = reader.next(); r != null && !stopped; r = reader.next()) {
                        if (r.tag >= 0) {
                            filling.add(r);
                            if (filling.size() == BATCH) {
                                put(filling);
                                filling = new ArrayList<>(BATCH);
                            }
                        }
                    }
                    put(filling);
                    put(END);
                } catch (SQLException | RuntimeException e) {
                    put(e);
                }
            }, "audit-chain-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void put(Object item) {
            try {
                while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // The reader waits for the writer; stopping ends the wait.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @SuppressWarnings("unchecked")
        RawRevision next() throws SQLException {
            while (at == batch.size()) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while verifying the audit chain", e);
                }
                if (item == END) {
                    return null;
                }
                if (item instanceof SQLException e) {
                    throw new SQLException(e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
                }
                if (item instanceof RuntimeException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                batch = (List<RawRevision>) item;
                at = 0;
            }
            return batch.get(at++);
        }

        @Override
        public void close() {
            stopped = true;
            queue.clear();
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join(100);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                queue.clear();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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
        /** " column=" for each value of a row, in canonical (column name) order. */
        private final String[] labels;
        /** Result set column of each value, in canonical order. */
        private final int[] columns;
        /** How each value is read; see {@link #value}. */
        private final ColumnKind[] kinds;
        private final int revColumn;
        /** Position of the id among a row's values when rows are put in id order here, else -1. */
        private final int idValue;
        private boolean hasRow;

        Cursor(String table, ResultSet rs, boolean sortById) throws SQLException {
            this.table = table;
            this.rs = rs;
            ResultSetMetaData meta = rs.getMetaData();
            int count = meta.getColumnCount();
            String[] names = new String[count];
            int rev = -1;
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                if (names[i].equals("rev")) {
                    rev = i + 1;
                } else {
                    indexes.add(i);
                }
            }
            indexes.sort((a, b) -> names[a].compareTo(names[b]));
            labels = new String[indexes.size()];
            columns = new int[indexes.size()];
            kinds = new ColumnKind[indexes.size()];
            int id = -1;
            for (int k = 0; k < indexes.size(); k++) {
                int i = indexes.get(k);
                labels[k] = " " + names[i] + "=";
                columns[k] = i + 1;
                kinds[k] = ColumnKind.of(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
                if (sortById && names[i].equals("id")) {
                    id = k;
                }
            }
            revColumn = rev;
            idValue = id;
            hasRow = rs.next();
        }

        /** Moves past the rows before {@code rev}: none can exist (foreign key), this only keeps the merge safe. */
        private void reach(long rev) throws SQLException {
            while (hasRow && rs.getLong(revColumn) < rev) {
                hasRow = rs.next();
            }
        }

        /** Skips the rows of revision {@code rev}. */
        void skip(long rev) throws SQLException {
            reach(rev);
            while (hasRow && rs.getLong(revColumn) == rev) {
                hasRow = rs.next();
            }
        }

        /** The values of the rows of revision {@code rev}, or null when it wrote none here. */
        List<Object[]> read(long rev) throws SQLException {
            reach(rev);
            List<Object[]> rows = null;
            while (hasRow && rs.getLong(revColumn) == rev) {
                Object[] values = new Object[columns.length];
                for (int k = 0; k < columns.length; k++) {
                    values[k] = value(k);
                }
                if (rows == null) {
                    rows = new ArrayList<>(2);
                }
                rows.add(values);
                hasRow = rs.next();
            }
            return rows;
        }

        /**
         * A value that {@link #appendValue} writes as it writes the driver's default object: integers, timestamps
         * and dates are read directly, the same text without boxing-heavy conversions and Calendar arithmetic.
         */
        private Object value(int k) throws SQLException {
            int column = columns[k];
            switch (kinds[k]) {
                case INTEGER -> {
                    long value = rs.getLong(column);
                    return rs.wasNull() ? null : value;
                }
                case INSTANT -> {
                    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                    return value == null || value.getYear() >= MODERN ? value : rs.getObject(column);
                }
                case DATE -> {
                    LocalDate value = rs.getObject(column, LocalDate.class);
                    return value == null || value.getYear() >= MODERN && value.getYear() <= 9999 ? value
                            : rs.getObject(column);
                }
                default -> {
                    return rs.getObject(column);
                }
            }
        }

        /** Appends rows as read by {@link #read}, in key order. */
        void format(List<Object[]> rows, StringBuilder sb) {
            if (rows == null) {
                return;
            }
            if (idValue >= 0 && rows.size() > 1) {
                // Ids are unique within a revision, so this order is total.
                rows.sort((a, b) -> Long.compare((Long) a[idValue], (Long) b[idValue]));
            }
            for (Object[] values : rows) {
                sb.append(table);
                for (int k = 0; k < values.length; k++) {
                    appendValue(sb.append(labels[k]), values[k]);
                }
                sb.append('\n');
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

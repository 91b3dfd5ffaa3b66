package org.factdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The revisions of a range with their canonical texts, in revision order, streamed from the database: one cursor
 * over {@code audit_revision} merged with one {@link TableCursor} per audit table, so memory holds a revision at a
 * time (and, with read-ahead, a few hundred), never the range. Plain JDBC, on any connection.
 */
final class RevisionStream {

    private RevisionStream() {
    }

    /**
     * Says, for each revision of the range in ascending order, whether to read it: null leaves it out, anything
     * else is a tag handed to the consumer with its text. Asked on the thread that reads the database, so it may
     * read the same connection.
     */
    @FunctionalInterface
    interface Selector<T> {
        T select(long rev) throws SQLException;
    }

    /** Receives a revision's canonical text while it is being built; the builder is reused for the next one. */
    @FunctionalInterface
    interface TextConsumer<T> {
        void accept(long rev, T tag, StringBuilder canonical) throws SQLException;
    }

    /**
     * The canonical text of each revision in {@code [lo, hi]} that {@code selector} selects, in revision order, on a
     * connection that already streams ({@link #streamOnH2}); one builder is reused, no string per revision. With
     * {@code prefetch}, a second thread reads the rows from the database (and asks the selector) while this one
     * writes and hands over the texts, so the two overlap; the connection is used by one thread at a time.
     */
    static <T> void walkTexts(Connection connection, long lo, long hi, Selector<T> selector,
            TextConsumer<T> consumer, boolean prefetch) throws SQLException {
        try (Reader<T> reader = new Reader<>(connection, lo, hi, selector)) {
            StringBuilder sb = new StringBuilder(4096);
            if (!prefetch) {
                for (RawRevision<T> r = reader.next(); r != null; r = reader.next()) {
                    if (r.tag != null) {
                        consumer.accept(r.rev, r.tag, reader.format(r, sb));
                    }
                }
                return;
            }
            try (Prefetch<T> ahead = new Prefetch<>(reader)) {
                for (RawRevision<T> r = ahead.next(); r != null; r = ahead.next()) {
                    consumer.accept(r.rev, r.tag, reader.format(r, sb));
                }
            }
        }
    }

    /** One revision as read: its own row and, per table, its rows' values in canonical column order. */
    private static final class RawRevision<T> {
        final long rev;
        final T tag;
        final long atMillis;
        final Object account;
        final String user;
        final String action;
        final String note;
        final String request;
        final List<Object[]>[] rows;

        @SuppressWarnings("unchecked")
        RawRevision(ResultSet revs, long rev, T tag, int tables) throws SQLException {
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
    private static final class Reader<T> implements AutoCloseable {
        private final List<PreparedStatement> statements = new ArrayList<>();
        private final List<TableCursor> cursors = new ArrayList<>();
        private final Selector<T> selector;
        private final ResultSet revs;

        Reader(Connection connection, long lo, long hi, Selector<T> selector) throws SQLException {
            this.selector = selector;
            try {
                PreparedStatement revisions = connection.prepareStatement("select id, at_millis, account_id, "
                        + "username, action, note, request_id from audit_revision where id between ? and ? "
                        + "order by id");
                statements.add(revisions);
                revisions.setLong(1, lo);
                revisions.setLong(2, hi);
                revisions.setFetchSize(5000);
                revs = revisions.executeQuery();
                for (CanonicalText.Table table : CanonicalText.TABLES) {
                    PreparedStatement ps = connection.prepareStatement("select * from " + table.name()
                            + " where rev between ? and ? order by " + table.orderBy());
                    statements.add(ps);
                    ps.setLong(1, lo);
                    ps.setLong(2, hi);
                    ps.setFetchSize(5000);
                    cursors.add(new TableCursor(table.name(), ps.executeQuery(), table.sortedHere()));
                }
            } catch (SQLException | RuntimeException e) {
                close();
                throw e;
            }
        }

        /** The next revision (its rows read only when it is selected), or null after the last. */
        RawRevision<T> next() throws SQLException {
            if (!revs.next()) {
                return null;
            }
            long rev = revs.getLong(1);
            T tag = selector.select(rev);
            if (tag == null) {
                for (TableCursor cursor : cursors) {
                    cursor.skip(rev);
                }
                return new RawRevision<>(revs, rev, null, 0);
            }
            RawRevision<T> raw = new RawRevision<>(revs, rev, tag, cursors.size());
            for (int t = 0; t < cursors.size(); t++) {
                raw.rows[t] = cursors.get(t).read(rev);
            }
            return raw;
        }

        /** Writes a revision's canonical text into {@code sb}, replacing what it held. */
        StringBuilder format(RawRevision<T> r, StringBuilder sb) {
            sb.setLength(0);
            CanonicalText.appendRevision(sb, r.rev, r.atMillis, r.account, r.user, r.action, r.note, r.request);
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
    private static final class Prefetch<T> implements AutoCloseable {
        private static final int BATCH = 256;
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private final Thread thread;
        private volatile boolean stopped;
        private List<RawRevision<T>> batch = List.of();
        private int at;

        Prefetch(Reader<T> reader) {
            thread = new Thread(() -> {
                try {
                    List<RawRevision<T>> filling = new ArrayList<>(BATCH);
                    for (RawRevision<T> r = reader.next(); r != null && !stopped; r = reader.next()) {
                        if (r.tag != null) {
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
        RawRevision<T> next() throws SQLException {
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
                batch = (List<RawRevision<T>>) item;
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
    static boolean streamOnH2(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lazy_query_execution true");
        }
        return true;
    }

    /** Puts a pooled H2 connection back to H2's default, eager execution. */
    static void endStreamOnH2(Connection connection, boolean lazy) throws SQLException {
        if (lazy) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lazy_query_execution false");
            }
        }
    }
}

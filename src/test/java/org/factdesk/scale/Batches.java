package org.factdesk.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale seeder's prepared inserts, sent as JDBC batches in the order they were prepared (parent tables
 * first, so foreign keys hold at every flush), with setters that write SQL NULL for null values.
 */
final class Batches implements AutoCloseable {

    /** One prepared statement and how many rows wait in its batch. */
    static final class Batch {
        final PreparedStatement ps;
        private int pending;

        private Batch(PreparedStatement ps) {
            this.ps = ps;
        }
    }

    private final Connection connection;
    private final List<Batch> order = new ArrayList<>();
    private long rows;

    Batches(Connection connection) {
        this.connection = connection;
    }

    Batch prepare(String sql) throws SQLException {
        Batch b = new Batch(connection.prepareStatement(sql));
        order.add(b);
        return b;
    }

    /** Adds the row whose values were just set on {@code b}'s statement. */
    void add(Batch b) throws SQLException {
        b.ps.addBatch();
        b.pending++;
        rows++;
    }

    /** Sends every pending batch, in the order the statements were prepared. */
    void flush() throws SQLException {
        for (Batch b : order) {
            if (b.pending > 0) {
                b.ps.executeBatch();
                b.pending = 0;
            }
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        for (Batch b : order) {
            b.ps.close();
        }
    }

    static OffsetDateTime time(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, time(t));
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}

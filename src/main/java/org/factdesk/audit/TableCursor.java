package org.factdesk.audit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One audit table's rows in revision order, read ahead by one row, for {@link RevisionStream}: the values of a
 * revision's rows, read so that {@link CanonicalText} writes them as it writes the driver's default objects.
 */
final class TableCursor {

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

    TableCursor(String table, ResultSet rs, boolean sortById) throws SQLException {
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
     * A value that {@link CanonicalText#appendValue} writes as it writes the driver's default object: integers,
     * timestamps and dates are read directly, the same text without boxing-heavy conversions and Calendar arithmetic.
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
            CanonicalText.appendRow(sb, table, labels, values);
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
}

package org.factdesk.audit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The canonical text of a revision, the text its seal covers (docs/AUDIT.md): the revision line, then every audit
 * row it wrote, table by table in {@link #TABLES} order, one line per row with its columns in name order. Values are
 * written the same way on H2 and PostgreSQL; {@code AuditChainFormatTest} pins the format byte for byte.
 */
final class CanonicalText {

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
            new Table("organisation_aud", "id"),
            // Added with V11, after every table that existed before it: older revisions have no rows here, so
            // their texts, and seals, are as they were.
            new Table("rating_label_aud", "rating_id, language, label"));

    private CanonicalText() {
    }

    /** Writes the revision line that starts a revision's text. */
    static void appendRevision(StringBuilder sb, long rev, long atMillis, Object account, String user, String action,
            String note, String request) {
        sb.append("revision ").append(rev).append(' ').append(atMillis);
        appendValue(sb.append(" account="), account);
        appendValue(sb.append(" user="), user);
        appendValue(sb.append(" action="), action);
        appendValue(sb.append(" note="), note);
        appendValue(sb.append(" request="), request);
        sb.append('\n');
    }

    /** Writes one audit row: the table, then {@code labels[k]} (" column=") and the value of each column. */
    static void appendRow(StringBuilder sb, String table, String[] labels, Object[] values) {
        sb.append(table);
        for (int k = 0; k < values.length; k++) {
            appendValue(sb.append(labels[k]), values[k]);
        }
        sb.append('\n');
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

package org.factdesk.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factdesk.web.FormErrors;
import org.factdesk.web.DateInput;

/**
 * The audit log's filters as typed (kept for the form) and as understood: a username, a day range in UTC with both
 * ends included, and a kind of entity. Shared by the page, the security-events tab and the API.
 */
public record AuditFilter(String user, LocalDate from, LocalDate to, AuditedEntity entity, String fromText,
        String toText, String entityText, FormErrors errors) {

    /**
     * Reads the filters; anything not understood gets a message for its field, worded by {@code text}, and is
     * otherwise left out.
     */
    public static AuditFilter parse(String user, String from, String to, String entity, AuditMessages text) {
        FormErrors errors = new FormErrors();
        String name = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            errors.add("user", text.userTooLong());
        } else if (name.indexOf('\0') >= 0) {
            // No username holds NUL, and PostgreSQL would refuse the parameter.
            errors.add("user", text.userNul());
        }
        LocalDate fromDate = date(from, "from", text.from(), errors, text);
        LocalDate toDate = date(to, "to", text.to(), errors, text);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", text.toBeforeFrom());
        }
        AuditedEntity kind = null;
        if (entity != null && !entity.isBlank()) {
            kind = AuditedEntity.parse(entity).orElse(null);
            if (kind == null) {
                errors.add("entity", text.chooseEntity(String.join(", ",
                        java.util.Arrays.stream(AuditedEntity.values()).map(text::entityName).toList())));
            }
        }
        return new AuditFilter(name.isEmpty() ? null : name, fromDate, toDate, kind, nz(from), nz(to), nz(entity),
                errors);
    }

    private static LocalDate date(String value, String field, String label, FormErrors errors,
            AuditMessages text) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DateInput.parse(value);
        } catch (DateInput.InvalidDateException e) {
            errors.add(field, e.outOfRange ? text.dateOutOfRange(label, DateInput.FIRST_YEAR, DateInput.LAST_YEAR)
                    : text.dateShape(label));
            return null;
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public boolean isEmpty() {
        return user == null && from == null && to == null && entity == null && errors.isEmpty();
    }

    public String userText() {
        return user == null ? "" : user;
    }

    public String entityKey() {
        return entity == null ? "" : entity.key();
    }

    /** The filters as a query string, for the pager and the export links; empty when none is set. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "user", user);
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "entity", entity == null ? null : entity.key());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Start of the From day in epoch milliseconds (UTC), or null. */
    Long fromMillis() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Start of the day after To in epoch milliseconds (UTC): To is included. */
    Long toMillisExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * The conditions on revisions aliased {@code r}, as {@code and ...} clauses, adding their parameters in order.
     * Call only on a valid filter.
     */
    String revisionConditions(List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (user != null) {
            sql.append(" and r.username = ?");
            params.add(user);
        }
        if (from != null) {
            sql.append(" and r.at_millis >= ?");
            params.add(fromMillis());
        }
        if (to != null) {
            sql.append(" and r.at_millis < ?");
            params.add(toMillisExclusive());
        }
        if (entity != null) {
            sql.append(" and r.id in (").append(entity.revisionsSql()).append(')');
        }
        return sql.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}

package org.factdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The audit log page's reads: revisions newest first with what each touched, and the security events. */
@ApplicationScoped
public class AuditLogQueries {

    /** One entity a revision wrote, with the claim it belongs to when there is one (for links). */
    public record Touched(AuditedEntity entity, long id, String change, Long claimId) {
    }

    /** One revision as the log lists it; {@code seal} is null until the sealer has reached it. */
    public record RevisionRow(long rev, Instant at, String user, String action, String note, String seal,
            List<Touched> touched) {
        public String sealShort() {
            return seal == null ? null : seal.substring(0, 12);
        }
    }

    /** A page of revisions. */
    public record RevisionPage(List<RevisionRow> rows, long total, int page, int pages) {
        static final RevisionPage EMPTY = new RevisionPage(List.of(), 0, 0, 1);
    }

    /** A page of security events. */
    public record SecurityPage(List<SecurityEvent> rows, long total, int page, int pages) {
        static final SecurityPage EMPTY = new SecurityPage(List.of(), 0, 0, 1);
    }

    @Inject
    AgroalDataSource dataSource;

    /** The revisions that match a valid filter, newest first. */
    public RevisionPage revisions(AuditFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = " where 1 = 1" + filter.revisionConditions(params);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = prepare(c, "select count(*) from audit_revision r" + where, params);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            int pages = pages(total, size);
            int current = Math.max(0, Math.min(page, pages - 1));
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(size);
            pageParams.add((long) current * size);
            List<RevisionRow> heads = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "select r.id, r.at_millis, r.username, r.action, r.note, s.seal "
                    + "from audit_revision r left join audit_seal s on s.rev = r.id" + where
                    + " order by r.id desc limit ? offset ?", pageParams); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.add(new RevisionRow(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), List.of()));
                }
            }
            Map<Long, Map<String, Touched>> touched = new HashMap<>();
            heads.forEach(h -> touched.put(h.rev(), new LinkedHashMap<>()));
            if (!heads.isEmpty()) {
                readTouched(c, touched);
            }
            List<RevisionRow> rows = heads.stream().map(h -> new RevisionRow(h.rev(), h.at(), h.user(), h.action(),
                    h.note(), h.seal(), List.copyOf(touched.get(h.rev()).values()))).toList();
            return new RevisionPage(rows, total, current, pages);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log: " + e.getMessage(), e);
        }
    }

    /** Reads which entities each of the given revisions wrote, in the order of {@link AuditedEntity}. */
    private static void readTouched(Connection c, Map<Long, Map<String, Touched>> into) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(into.size(), "?"));
        List<Object> params = new ArrayList<>(into.keySet());
        for (AuditedEntity entity : AuditedEntity.values()) {
            for (AuditedEntity.AuditTable table : entity.tables) {
                String claim = table.claimColumn() == null ? "null" : table.claimColumn();
                try (PreparedStatement ps = prepare(c, "select rev, " + table.idColumn() + ", revtype, " + claim
                        + " from " + table.name() + " where rev in (" + marks + ") order by rev, " + table.idColumn(),
                        params); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(2);
                        long claimId = rs.getLong(4);
                        Long claimOrNull = rs.wasNull() ? null : claimId;
                        into.get(rs.getLong(1)).putIfAbsent(entity.name() + ":" + id,
                                new Touched(entity, id, change(rs.getInt(3)), claimOrNull));
                    }
                }
            }
        }
    }

    /** Envers' revision type in words. */
    private static String change(int revtype) {
        return switch (revtype) {
            case 0 -> "added";
            case 2 -> "removed";
            default -> "changed";
        };
    }

    /** The security events that match a valid filter (user and days), newest first. */
    public SecurityPage securityEvents(AuditFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.user() != null) {
            conditions.add("username = :user");
            params = params.and("user", filter.user());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params = params.and("from", Instant.ofEpochMilli(filter.fromMillis()));
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params = params.and("to", Instant.ofEpochMilli(filter.toMillisExclusive()));
        }
        Sort sort = Sort.descending("at", "id");
        var query = conditions.isEmpty() ? SecurityEvent.<SecurityEvent>findAll(sort)
                : SecurityEvent.<SecurityEvent>find(String.join(" and ", conditions), sort, params);
        long total = query.count();
        int pages = pages(total, size);
        int current = Math.max(0, Math.min(page, pages - 1));
        return new SecurityPage(query.page(Page.of(current, size)).list(), total, current, pages);
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}

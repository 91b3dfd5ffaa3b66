package org.factdesk.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.account.Account;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** The paged, filtered claims list shared by the claims page and the API, and the dashboard's queues. */
@ApplicationScoped
public class ClaimQueries {

    /** Statuses in which a claim still waits for someone. */
    static final List<ClaimStatus> OPEN = List.of(ClaimStatus.NEW, ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW,
            ClaimStatus.SUBMITTED);

    private static final String ROW_SELECT = "select c.id, c.statement, c.status, c.claimant, c.score, c.priority, "
            + "c.dueDate, c.updatedAt, a.id, a.title, p.username, p.displayName, r.key, r.label, r.colour "
            + "from Claim c join c.article a left join c.assignee p left join c.currentVerdict v left join v.rating r ";

    /** One line of a claims list, with its article, assignee and current rating fetched in the same query. */
    public record ClaimRow(Long id, String statement, ClaimStatus status, String claimant, double score,
            Priority priority, LocalDate dueDate, Instant updatedAt, Long articleId, String articleTitle,
            String assignee, String assigneeName, String ratingKey, String ratingLabel, String ratingColour) {
        public String percent() {
            return Math.round(score * 100) + "%";
        }

        /** Due before today and still waiting for work. */
        public boolean overdue() {
            return dueDate != null && dueDate.isBefore(LocalDate.now()) && OPEN.contains(status);
        }
    }

    /** A page of rows. */
    public record ClaimPage(List<ClaimRow> rows, long total, int page, int pages, int size) {
    }

    /** How the list is ordered. */
    public enum SortBy {
        UPDATED("Recently changed", "c.updatedAt desc, c.id desc"),
        DUE("Due date", "case when c.dueDate is null then 1 else 0 end, c.dueDate, c.id"),
        PRIORITY("Priority", "case c.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end, "
                + "case when c.dueDate is null then 1 else 0 end, c.dueDate, c.id"),
        SCORE("Check-worthiness", "c.score desc, c.id desc");

        public final String label;
        final String orderBy;

        SortBy(String label, String orderBy) {
            this.label = label;
            this.orderBy = orderBy;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static SortBy parse(String value) {
            for (SortBy s : values()) {
                if (s.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return s;
                }
            }
            return UPDATED;
        }
    }

    /**
     * A claims filter as it appears in the URL, so a filtered list can be shared. {@code assignee} is a username,
     * {@code "me"} or {@code "none"}; {@code rating} a rating key or {@code "none"} for claims without a rated verdict.
     * Values that do not parse are reported in {@code problems} and ignored.
     */
    public record Filter(ClaimStatus status, String assignee, String rating, String q, LocalDate dueAfter,
            LocalDate dueBefore, SortBy sort, List<String> problems) {

        public static Filter parse(String status, String assignee, String rating, String q, String dueAfter,
                String dueBefore, String sort) {
            List<String> problems = new ArrayList<>();
            ClaimStatus s = ClaimStatus.parse(status).orElse(null);
            if (s == null && status != null && !status.isBlank()) {
                problems.add("Unknown status “" + status.strip() + "” ignored.");
            }
            return new Filter(s, blankToNull(assignee), blankToNull(rating), blankToNull(q),
                    date(dueAfter, "Due after", problems), date(dueBefore, "Due before", problems), SortBy.parse(sort),
                    problems);
        }

        /** The query string that reproduces this filter, without the page. */
        public String query() {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("status", status == null ? null : status.key());
            params.put("assignee", assignee);
            params.put("rating", rating);
            params.put("q", q);
            params.put("dueAfter", dueAfter == null ? null : dueAfter.toString());
            params.put("dueBefore", dueBefore == null ? null : dueBefore.toString());
            params.put("sort", sort == SortBy.UPDATED ? null : sort.key());
            StringBuilder sb = new StringBuilder();
            params.forEach((k, v) -> {
                if (v != null) {
                    sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
                            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            return sb.toString();
        }

        public boolean isEmpty() {
            return status == null && assignee == null && rating == null && q == null && dueAfter == null
                    && dueBefore == null;
        }

        public String statusKey() {
            return status == null ? "" : status.key();
        }

        private static LocalDate date(String value, String label, List<String> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(label + " “" + value.strip() + "” is not a date (YYYY-MM-DD) and was ignored.");
                return null;
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** One page of claims matching the filter; {@code me} resolves the assignee value "me". */
    public ClaimPage page(Filter filter, Account me, int page, int size) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.and("status", filter.status());
        }
        if (filter.assignee() != null) {
            if (filter.assignee().equals("none")) {
                where.append(" and c.assignee is null");
            } else {
                where.append(" and p.username = :assignee");
                params.and("assignee", filter.assignee().equals("me") && me != null ? me.username
                        : filter.assignee().toLowerCase(Locale.ROOT));
            }
        }
        if (filter.rating() != null) {
            if (filter.rating().equals("none")) {
                where.append(" and r.id is null");
            } else {
                where.append(" and r.key = :rating");
                params.and("rating", filter.rating());
            }
        }
        if (filter.q() != null) {
            where.append(" and (lower(c.statement) like :q escape '\\' or lower(c.quote) like :q escape '\\'"
                    + " or lower(c.claimant) like :q escape '\\')");
            params.and("q", "%" + filter.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.dueAfter() != null) {
            where.append(" and c.dueDate >= :dueAfter");
            params.and("dueAfter", filter.dueAfter());
        }
        if (filter.dueBefore() != null) {
            where.append(" and c.dueDate <= :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        String from = "from Claim c join c.article a left join c.assignee p left join c.currentVerdict v "
                + "left join v.rating r ";
        long total = Claim.count("select count(c) " + from + where, params);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(0, page), pages - 1);
        List<ClaimRow> rows = Claim.find(ROW_SELECT + where + " order by " + filter.sort().orderBy, params)
                .page(Page.of(current, size)).project(ClaimRow.class).list();
        return new ClaimPage(rows, total, current, pages, size);
    }

    /** Claims assigned to {@code me} that wait for my work, soonest due first. */
    public List<ClaimRow> assignedTo(Account me, int limit) {
        return Claim.find(ROW_SELECT + "where c.assignee = ?1 and c.status in ?2 order by "
                + SortBy.DUE.orderBy, me, List.of(ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW))
                .page(Page.ofSize(limit)).project(ClaimRow.class).list();
    }

    /** Submitted verdicts that {@code me} may approve: everything but what I wrote myself, oldest first. */
    public List<ClaimRow> awaitingApproval(Account me, int limit) {
        return Claim.find(ROW_SELECT + "where c.status = ?1 and (v.author is null or v.author <> ?2) "
                + "order by c.updatedAt, c.id", ClaimStatus.SUBMITTED, me)
                .page(Page.ofSize(limit)).project(ClaimRow.class).list();
    }

    /** Open claims past their due date, most overdue first; only mine when {@code onlyMine} is set. */
    public List<ClaimRow> overdue(Account me, boolean onlyMine, int limit) {
        String mine = onlyMine ? " and c.assignee = :me" : "";
        Parameters params = Parameters.with("today", LocalDate.now()).and("open", OPEN);
        if (onlyMine) {
            params.and("me", me);
        }
        return Claim.find(ROW_SELECT + "where c.dueDate < :today and c.status in :open" + mine
                + " order by c.dueDate, c.id", params).page(Page.ofSize(limit)).project(ClaimRow.class).list();
    }

    /** How many claims are in each status, in one grouped query. */
    public Map<ClaimStatus, Long> countsByStatus() {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : Claim.getEntityManager()
                .createQuery("select c.status, count(c) from Claim c group by c.status", Object[].class)
                .getResultList()) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** One bar of the publication chart: the Monday that starts the week and the verdicts approved in it. */
    public record WeekCount(LocalDate weekOf, long count) {
    }

    /**
     * Verdicts approved in each of the last {@code weeks} weeks (UTC, weeks starting Monday), oldest first, counted
     * in one query with one conditional sum per week so the database does the work on any engine. Needs two weeks
     * or more.
     */
    public List<WeekCount> publishedPerWeek(int weeks, LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        StringBuilder select = new StringBuilder("select ");
        Parameters params = new Parameters();
        for (int i = 0; i <= weeks; i++) {
            params.and("w" + i, first.plusWeeks(i).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        for (int i = 0; i < weeks; i++) {
            select.append(i == 0 ? "" : ", ").append("sum(case when v.approvedAt >= :w").append(i)
                    .append(" and v.approvedAt < :w").append(i + 1).append(" then 1 else 0 end)");
        }
        var query = Claim.getEntityManager().createQuery(select + " from Verdict v where v.approvedAt >= :w0",
                Object[].class);
        params.map().forEach(query::setParameter);
        Object[] sums = query.getSingleResult();
        List<WeekCount> result = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            Object sum = sums[i];
            result.add(new WeekCount(first.plusWeeks(i), sum == null ? 0 : ((Number) sum).longValue()));
        }
        return result;
    }
}

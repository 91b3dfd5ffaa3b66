package org.factdesk.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.account.Account;
import org.factdesk.claim.search.ClaimDocuments;
import org.factdesk.claim.search.ClaimSearch;
import org.factdesk.claim.search.SearchText;
import org.factdesk.web.DateInput;
import org.factdesk.web.DeskClock;
import org.factdesk.web.Localization;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** The paged, filtered claims list shared by the claims page and the API, and the dashboard's queues. */
@ApplicationScoped
public class ClaimQueries {

    @Inject
    ClaimSearch search;

    /** Statuses in which a claim still waits for someone. */
    public static final List<ClaimStatus> OPEN = List.of(ClaimStatus.NEW, ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW,
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

        /** Due before today at the desk and still waiting for work. */
        public boolean overdue() {
            return OPEN.contains(status) && DeskClock.isOverdue(dueDate);
        }
    }

    /**
     * A page of rows; {@code tooDeep} when the page asked for lies deeper into a long list than the list goes from
     * either end ({@link ClaimSearch#WINDOW} claims), so it shows nothing but that.
     */
    public record ClaimPage(List<ClaimRow> rows, long total, int page, int pages, int size, boolean tooDeep) {
        ClaimPage(List<ClaimRow> rows, long total, int page, int pages, int size) {
            this(rows, total, page, pages, size, false);
        }

        /** Why nothing is shown, for the page and the API. */
        public String tooDeepMessage() {
            return "Page " + (page + 1) + " lies more than " + String.format(Locale.ROOT, "%,d", ClaimSearch.WINDOW)
                    + " claims from both ends of this list: narrow the filter, change the sort, or export a report.";
        }
    }

    /** How the list is ordered. */
    public enum SortBy {
        RELEVANCE("Best match", "c.updatedAt desc, c.id desc", ClaimSearch.Order.RELEVANCE),
        UPDATED("Recently changed", "c.updatedAt desc, c.id desc", ClaimSearch.Order.UPDATED),
        DUE("Due date", "case when c.dueDate is null then 1 else 0 end, c.dueDate, c.id", ClaimSearch.Order.DUE),
        PRIORITY("Priority", "case c.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end, "
                + "case when c.dueDate is null then 1 else 0 end, c.dueDate, c.id", ClaimSearch.Order.PRIORITY),
        SCORE("Check-worthiness", "c.score desc, c.id desc", ClaimSearch.Order.SCORE);

        public final String label;
        /** The order when the database answers (the index is being built); relevance falls back to recency. */
        final String orderBy;
        final ClaimSearch.Order order;

        SortBy(String label, String orderBy, ClaimSearch.Order order) {
            this.label = label;
            this.orderBy = orderBy;
            this.order = order;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The named order; without a search, relevance means nothing and the default is the most recent first. */
        public static SortBy parse(String value, boolean searching) {
            for (SortBy s : values()) {
                if (s.name().equalsIgnoreCase(value == null ? "" : value.strip()) && (searching || s != RELEVANCE)) {
                    return s;
                }
            }
            return searching ? RELEVANCE : UPDATED;
        }
    }

    /**
     * A claims filter as it appears in the URL, so a filtered list can be shared. {@code assignee} is a username,
     * {@code "me"} or {@code "none"}; {@code rating} a rating key or {@code "none"} for claims without a rated verdict.
     * Values that do not parse are reported in {@code problems} and ignored.
     */
    public record Filter(ClaimStatus status, String assignee, String rating, String q, LocalDate dueAfter,
            LocalDate dueBefore, SortBy sort, List<String> problems, SearchText search) {

        public static Filter parse(String status, String assignee, String rating, String q, String dueAfter,
                String dueBefore, String sort) {
            // The problems are in the language of the response being written: the list's or the API's.
            ClaimMessages text = Localization.messages(ClaimMessages.class, Localization.ofCurrentRequest());
            List<String> problems = new ArrayList<>();
            ClaimStatus s = ClaimStatus.parse(status).orElse(null);
            if (s == null && status != null && !status.isBlank()) {
                problems.add(text.unknownStatus(status.strip()));
            }
            SearchText search = SearchText.parse(q);
            problems.addAll(search.problems());
            return new Filter(s, stored(assignee, text.assignee(), problems, text),
                    stored(rating, text.rating(), problems, text), search.text(),
                    date(dueAfter, text.dueAfter(), problems, text), date(dueBefore, text.dueBefore(), problems, text),
                    SortBy.parse(sort, search.present()), problems, search);
        }

        /** The orders the list offers: best match only when there is a search. */
        public List<SortBy> sorts() {
            return Arrays.stream(SortBy.values()).filter(s -> q != null || s != SortBy.RELEVANCE).toList();
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
            params.put("sort", sort == SortBy.parse(null, q != null) ? null : sort.key());
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

        private static LocalDate date(String value, String label, List<String> problems, ClaimMessages text) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return DateInput.parse(value);
            } catch (DateInput.InvalidDateException e) {
                String typed = value.strip();
                problems.add(text.notADate(label, typed.length() > 40 ? typed.substring(0, 40) + "…" : typed,
                        DateInput.FIRST_YEAR, DateInput.LAST_YEAR));
                return null;
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        /**
         * A username or rating key to look up. No stored one holds NUL (PostgreSQL cannot store it, and it would
         * refuse the parameter), so such a value is reported and ignored rather than sent to the database.
         */
        private static String stored(String value, String label, List<String> problems, ClaimMessages text) {
            String s = blankToNull(value);
            if (s != null && s.indexOf('\0') >= 0) {
                problems.add(text.hasNul(label));
                return null;
            }
            return s;
        }
    }

    /**
     * One page of claims matching the filter; {@code me} resolves the assignee value "me". The index finds the page's
     * ids and the exact total; one query by primary key reads the rows. While the index is being built the database
     * answers instead (slower on a large desk, and without relevance ranking).
     */
    public ClaimPage page(Filter filter, Account me, int page, int size) {
        if (filter.search().present() && filter.search().query() == null) {
            return new ClaimPage(List.of(), 0, 0, 1, size); // only words too common to look for; the filter says so
        }
        Optional<ClaimSearch.Hits> hits = search.find(criteria(filter, me), filter.sort().order, page, size);
        if (hits.isPresent()) {
            ClaimSearch.Hits h = hits.get();
            return new ClaimPage(rows(h.ids()), h.total(), h.page(), h.pages(), size, h.tooDeep());
        }
        return pageFromDatabase(filter, me, page, size);
    }

    private static ClaimSearch.Criteria criteria(Filter filter, Account me) {
        String assignee = null;
        if (filter.assignee() != null) {
            if (filter.assignee().equals("none")) {
                assignee = ClaimDocuments.NONE;
            } else if (filter.assignee().equals("me") && me != null) {
                assignee = me.id.toString();
            } else {
                // No account has this name: a value no claim carries, so the list is empty as the filter asks.
                assignee = Account.findByUsername(filter.assignee()).map(a -> a.id.toString()).orElse("unknown");
            }
        }
        return new ClaimSearch.Criteria(filter.status() == null ? null : Set.of(filter.status()), assignee, null,
                filter.rating(), filter.dueAfter(), filter.dueBefore(), filter.search());
    }

    /** The rows of these claims, in the order of the ids. */
    private static List<ClaimRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdSlots slots = IdSlots.of(ids, 1);
        Map<Long, ClaimRow> byId = new HashMap<>();
        for (ClaimRow row : Claim.find(ROW_SELECT + "where c.id in " + slots.placeholders(), slots.values())
                .project(ClaimRow.class).list()) {
            byId.put(row.id(), row);
        }
        // A claim removed since the index saw it is left out; the index's check removes it within a minute.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private ClaimPage pageFromDatabase(Filter filter, Account me, int page, int size) {
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
            // Stored texts never hold NUL, and PostgreSQL would refuse the parameter: dropped, as in the articles list.
            params.and("q", "%" + filter.q().replace("\0", "").toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
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
        return queue(new ClaimSearch.Criteria(Set.of(ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW), me.id.toString(),
                null, null, null, null, null), ClaimSearch.Order.DUE, limit,
                () -> Claim.find(ROW_SELECT + "where c.assignee = ?1 and c.status in ?2 order by "
                        + SortBy.DUE.orderBy, me, List.of(ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW)));
    }

    /** Submitted verdicts that {@code me} may approve: all but those I had a hand in, oldest first. */
    public List<ClaimRow> awaitingApproval(Account me, int limit) {
        return queue(new ClaimSearch.Criteria(Set.of(ClaimStatus.SUBMITTED), null, me.id.toString(), null, null, null,
                null), ClaimSearch.Order.LEAST_RECENTLY_UPDATED, limit,
                () -> Claim.find(ROW_SELECT + "where c.status = ?1 and (v.author is null or v.author <> ?2) "
                        + "and ?3 not member of v.contributorIds order by c.updatedAt, c.id", ClaimStatus.SUBMITTED,
                        me, me.id));
    }

    /** Open claims past their due date, most overdue first; only mine when {@code onlyMine} is set. */
    public List<ClaimRow> overdue(Account me, boolean onlyMine, int limit) {
        LocalDate today = DeskClock.today();
        String mine = onlyMine ? " and c.assignee = :me" : "";
        Parameters params = Parameters.with("today", today).and("open", OPEN);
        if (onlyMine) {
            params.and("me", me);
        }
        return queue(new ClaimSearch.Criteria(Set.copyOf(OPEN), onlyMine ? me.id.toString() : null, null, null, null,
                today.minusDays(1), null), ClaimSearch.Order.DUE, limit,
                () -> Claim.find(ROW_SELECT + "where c.dueDate < :today and c.status in :open" + mine
                        + " order by c.dueDate, c.id", params));
    }

    /** The first {@code limit} claims of a queue from the index, or from the database while the index is built. */
    private List<ClaimRow> queue(ClaimSearch.Criteria criteria, ClaimSearch.Order order, int limit,
            Supplier<PanacheQuery<Claim>> fromDatabase) {
        return search.find(criteria, order, 0, limit).map(h -> rows(h.ids()))
                .orElseGet(() -> fromDatabase.get().page(Page.ofSize(limit)).project(ClaimRow.class).list());
    }

    /**
     * How many claims are published and not dismissed (the public fact-check list): counted by the index, or by the
     * database while it is built (about a second at 100,000 claims on H2).
     */
    public long countPublished() {
        return search.countPublished().orElseGet(() -> Claim.count("publishedVerdict is not null and status <> ?1",
                ClaimStatus.DISMISSED));
    }

    /** How many claims are in each status: counted by the index, or by one grouped query while it is built. */
    public Map<ClaimStatus, Long> countsByStatus() {
        return search.countsByStatus().orElseGet(() -> {
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
        });
    }
}

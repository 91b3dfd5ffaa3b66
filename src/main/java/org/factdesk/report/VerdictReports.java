package org.factdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.IdSlots;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The verdict report's rows, from one query: each claim with its article, the verdict readers see, its rating,
 * reviewer and approver, and its sources joined into one cell. Exports stream the rows from a database cursor, so
 * memory stays flat whatever the number of claims.
 */
@ApplicationScoped
public class VerdictReports {

    static final int FETCH_SIZE = 1000;

    /** Six hours: a 100,000-claim CSV is about 60 MB, which a 30 kB/s connection reads in about half an hour. */
    static final int EXPORT_TIMEOUT_SECONDS = 6 * 3600;

    private static final String SELECT = "select c.id, a.id, a.title, a.sourceUrl, c.quote, c.statement, c.claimant, "
            + "c.claimDate, c.appearanceUrl, c.status, r.key, r.label, r.value, r.colour, v.summary, v.analysis, "
            + "(select listagg(concat(coalesce(s.title, s.url), ' <', s.url, '>'), '; ') within group "
            + "(order by s.position) from Source s where s.verdict = v), "
            + "au.displayName, ap.displayName, v.approvedAt, v.correctionNote, v.revision ";

    /** The verdict readers see: the published one, else the one in progress. */
    private static final String VERDICT = "left join Verdict v on v.id = coalesce(c.publishedVerdict.id, "
            + "c.currentVerdict.id) ";

    private static final String FROM = "from Claim c join c.article a " + VERDICT
            + "left join v.rating r left join v.author au left join v.approver ap ";

    @Inject
    ClaimQueries claims;

    /**
     * How many claims the filter selects. Every join of the rows query is to at most one row, so the count joins only
     * what the filter tests: without a date or rating it is a count of claims on their own indexes (at 100,000
     * claims, all of them joined took 2.6 s whenever the database had changed since the last count).
     */
    public long count(ReportFilter filter) {
        return count(where(filter, false));
    }

    private long count(Where where) {
        TypedQuery<Long> query = em().createQuery("select count(c) from Claim c " + joins(where) + where.sql,
                Long.class);
        where.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The first rows, for the page's preview: their ids first, joining only what the filter tests, then the rows of
     * those ids. In one query the database built every matching row (sources included) before keeping the first
     * few: 4-6 s for the published claims of a 100,000-claim desk.
     */
    public List<VerdictRow> preview(ReportFilter filter, int limit) {
        return first(em(), where(filter, false), limit).stream().map(VerdictReports::row).toList();
    }

    /** The first {@code limit} rows in claim order: their ids on the claim's indexes, then the rows of those ids. */
    private static List<Object[]> first(EntityManager em, Where where, int limit) {
        TypedQuery<Long> first = em.createQuery("select c.id from Claim c " + joins(where) + where.sql
                + " order by c.id", Long.class);
        where.params.forEach(first::setParameter);
        return rowsOf(em, first.setMaxResults(limit).getResultList(), "c.id");
    }

    /** The rows of claims {@code ids}, in {@code order} (which should give the ids' own order). */
    private static List<Object[]> rowsOf(EntityManager em, List<Long> ids, String order) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdSlots slots = IdSlots.of(ids, 1);
        return slots.bind(em.createQuery(SELECT + FROM + "where c.id in " + slots.placeholders() + " order by "
                + order, Object[].class)).getResultList();
    }

    /**
     * Feeds every row to {@code sink} from a cursor, in its own read-only transaction; for exports written after
     * the resource method has returned.
     */
    public void stream(ReportFilter filter, boolean publishedOnly, Consumer<VerdictRow> sink) {
        stream(filter, publishedOnly, 0, sink);
    }

    /**
     * Feeds the first {@code limit} rows (all when 0) to {@code sink} from a cursor. The transaction may last as
     * long as the slowest client takes to read the export, so it gets {@link #EXPORT_TIMEOUT_SECONDS} instead of
     * the default minute; it only reads.
     */
    public void stream(ReportFilter filter, boolean publishedOnly, int limit, Consumer<VerdictRow> sink) {
        QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).run(() -> {
            EntityManager em = em();
            if (limit > 0) {
                // A bounded export (the PDF) is held whole anyway; reading its ids first keeps a filter from making
                // the database build every matching row before it stops.
                first(em, where(filter, publishedOnly), limit).forEach(r -> sink.accept(row(r)));
                return;
            }
            TypedQuery<Object[]> query = rows(em, filter, publishedOnly);
            try (Stream<Object[]> rows = query.setHint("org.hibernate.fetchSize", FETCH_SIZE)
                    .setHint("org.hibernate.readOnly", true).getResultStream()) {
                rows.forEach(r -> {
                    sink.accept(row(r));
                    // Nothing is managed (projections), but keep the session from collecting anything.
                    em.clear();
                });
            }
        });
    }

    /** One published claim as readers see it; empty when it is not published (or dismissed). */
    public java.util.Optional<VerdictRow> published(long claimId) {
        Where where = where(ReportFilter.parse(null, null, null, null, null), true);
        TypedQuery<Object[]> query = em().createQuery(SELECT + FROM + where.sql + " and c.id = :claim", Object[].class);
        where.params.forEach(query::setParameter);
        query.setParameter("claim", claimId);
        return query.getResultList().stream().findFirst().map(VerdictReports::row);
    }

    /** A page of published claims, most recently published first, and how many there are. */
    public record PublishedPage(List<VerdictRow> rows, long total, int page, int pages) {
    }

    /**
     * One page of the public list. The total is the claims index's, which trails another instance's publication by
     * up to a second; in that second a page read from the oldest end can be shifted by the claims not yet counted.
     * The rows themselves are always the database's.
     */
    public PublishedPage publishedPage(int page, int size) {
        Where where = where(ReportFilter.parse(null, null, null, null, null), true);
        long total = claims.countPublished();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(0, page), pages - 1);
        // The page's ids first, on the approval index, then their rows: in one query the database built every
        // published row, sources included, before keeping a page (4-7 s at 100,000 claims). A page in the second
        // half is read from the oldest end, so no page walks past more than half of the list.
        int from = (int) Math.min(total, (long) current * size);
        int to = (int) Math.min(total, (long) from + size);
        boolean fromOldest = from > total - to;
        TypedQuery<Long> first = em().createQuery("select c.id from Claim c join c.publishedVerdict v " + where.sql
                + (fromOldest ? " order by v.approvedAt, c.id" : " order by v.approvedAt desc, c.id desc"),
                Long.class);
        where.params.forEach(first::setParameter);
        List<Long> ids = first.setFirstResult(fromOldest ? (int) (total - to) : from).setMaxResults(size)
                .getResultList();
        List<VerdictRow> rows = rowsOf(em(), ids, "v.approvedAt desc, c.id desc").stream().map(VerdictReports::row)
                .toList();
        return new PublishedPage(rows, total, current, pages);
    }

    private TypedQuery<Object[]> rows(EntityManager em, ReportFilter filter, boolean publishedOnly) {
        Where where = where(filter, publishedOnly);
        TypedQuery<Object[]> query = em.createQuery(SELECT + FROM + where.sql + " order by c.id", Object[].class);
        where.params.forEach(query::setParameter);
        return query;
    }

    /** The joins {@code where} needs beyond the claim; each is to at most one row, so none changes a count. */
    private static String joins(Where where) {
        return (where.verdict ? VERDICT : "") + (where.rating ? "left join v.rating r " : "");
    }

    /** A filter's condition and parameters; {@code verdict} and {@code rating} say whether it tests them. */
    private record Where(String sql, Map<String, Object> params, boolean verdict, boolean rating) {
    }

    private static Where where(ReportFilter f, boolean publishedOnly) {
        StringBuilder sql = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (f.article() != null) {
            sql.append(" and c.article.id = :article");
            params.put("article", f.article());
        }
        if (f.from() != null) {
            sql.append(" and v.approvedAt >= :from");
            params.put("from", startOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and v.approvedAt < :to");
            params.put("to", startOf(f.to().plusDays(1)));
        }
        if (f.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.rating() != null) {
            sql.append(" and r.key = :rating");
            params.put("rating", f.rating());
        }
        if (publishedOnly) {
            sql.append(" and c.publishedVerdict is not null and c.status <> :dismissed");
            params.put("dismissed", ClaimStatus.DISMISSED);
        }
        return new Where(sql.toString(), params, f.from() != null || f.to() != null || f.rating() != null,
                f.rating() != null);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static VerdictRow row(Object[] r) {
        return new VerdictRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (LocalDate) r[7], (String) r[8], ((ClaimStatus) r[9]).name(), (String) r[10],
                (String) r[11], (Integer) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16],
                (String) r[17], (String) r[18], (Instant) r[19], (String) r[20],
                r[21] == null ? 0 : (Integer) r[21]);
    }

    private static EntityManager em() {
        return Claim.getEntityManager();
    }
}

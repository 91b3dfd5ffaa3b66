package org.factdesk.claim.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;

/**
 * The database reads that feed the index, each bounded and served by an index: claims in change order from a
 * watermark (keyset on {@code (updated_at, id)}), claims by id or by article, articles changed since a moment, and
 * the {@code (id, updated_at)} pairs that a consistency check compares with the index. Callers run them inside a
 * transaction.
 */
final class ClaimRows {

    /** The columns of {@link IndexedClaim}, every join by primary key. */
    private static final String SELECT = "select c.id, c.statement, c.quote, c.claimant, c.status, p.id, au.id, "
            + "c.dueDate, c.priority, c.score, c.updatedAt, a.id, a.title, r.key, v.summary, pv.id, pv.summary, v.id "
            + "from Claim c join c.article a left join c.assignee p left join c.currentVerdict v "
            + "left join v.rating r left join v.author au left join c.publishedVerdict pv ";

    /** A claim's id and when it last changed, for the consistency check. */
    record Stamp(long id, Instant updatedAt) {
    }

    private ClaimRows() {
    }

    /** Up to {@code limit} claims after {@code (at, id)} in {@code (updated_at, id)} order; from the start if at is null. */
    static List<IndexedClaim> changedAfter(Instant at, long id, int limit) {
        EntityManager em = Claim.getEntityManager();
        // The range on updated_at alone lets the (updated_at, id) index bound the scan on every database.
        TypedQuery<Object[]> query = at == null
                ? em.createQuery(SELECT + "order by c.updatedAt, c.id", Object[].class)
                : em.createQuery(SELECT + "where c.updatedAt >= :at and (c.updatedAt > :at or c.id > :id) "
                        + "order by c.updatedAt, c.id", Object[].class)
                        .setParameter("at", at).setParameter("id", id);
        return rows(query.setMaxResults(limit).getResultList());
    }

    /** The claims with these ids that still exist. */
    static List<IndexedClaim> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(Claim.getEntityManager().createQuery(SELECT + "where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList());
    }

    /** Up to {@code limit} claims of these articles with an id above {@code afterId}, in id order. */
    static List<IndexedClaim> ofArticles(Collection<Long> articleIds, long afterId, int limit) {
        return rows(Claim.getEntityManager().createQuery(SELECT + "where a.id in :articles and c.id > :after "
                + "order by c.id", Object[].class)
                .setParameter("articles", articleIds).setParameter("after", afterId)
                .setMaxResults(limit).getResultList());
    }

    /** Articles whose details changed at or after {@code from}: their title is part of their claims' words. */
    static List<Stamp> articlesChangedSince(Instant from, int limit) {
        List<Stamp> out = new ArrayList<>();
        for (Object[] r : Claim.getEntityManager().createQuery("select a.id, a.updatedAt from Article a "
                + "where a.updatedAt >= :from order by a.updatedAt, a.id", Object[].class)
                .setParameter("from", from).setMaxResults(limit).getResultList()) {
            out.add(new Stamp((Long) r[0], (Instant) r[1]));
        }
        return out;
    }

    /** Up to {@code limit} claims' ids and change times after {@code afterId}, in id order (the primary key). */
    static List<Stamp> stamps(long afterId, int limit) {
        List<Stamp> out = new ArrayList<>();
        for (Object[] r : Claim.getEntityManager().createQuery("select c.id, c.updatedAt from Claim c "
                + "where c.id > :after order by c.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList()) {
            out.add(new Stamp((Long) r[0], (Instant) r[1]));
        }
        return out;
    }

    static long count() {
        return Claim.count();
    }

    /** The database's clock, so watermarks never depend on an instance's clock. */
    static Instant databaseNow() {
        Object now = Claim.getEntityManager().createNativeQuery("select current_timestamp").getSingleResult();
        if (now instanceof Instant instant) {
            return instant;
        } else if (now instanceof OffsetDateTime odt) {
            return odt.toInstant();
        } else if (now instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        } else if (now instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected type for current_timestamp: " + now.getClass());
    }

    /** The rows, with the people who had a hand in each current verdict read in one more query. */
    private static List<IndexedClaim> rows(List<Object[]> found) {
        Map<Long, Set<Long>> contributors = new HashMap<>();
        List<Long> verdicts = found.stream().map(r -> (Long) r[17]).filter(Objects::nonNull).toList();
        if (!verdicts.isEmpty()) {
            for (Object[] vc : Claim.getEntityManager().createQuery("select v.id, who from Verdict v "
                    + "join v.contributorIds who where v.id in :verdicts", Object[].class)
                    .setParameter("verdicts", verdicts).getResultList()) {
                contributors.computeIfAbsent((Long) vc[0], k -> new HashSet<>()).add((Long) vc[1]);
            }
        }
        List<IndexedClaim> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            rows.add(new IndexedClaim((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (ClaimStatus) r[4],
                    (Long) r[5], (Long) r[6], (LocalDate) r[7], (Priority) r[8], ((Number) r[9]).doubleValue(),
                    (Instant) r[10], (Long) r[11], (String) r[12], (String) r[13], (String) r[14], r[15] != null,
                    (String) r[16], r[17] == null ? Set.of() : contributors.getOrDefault((Long) r[17], Set.of())));
        }
        return rows;
    }
}

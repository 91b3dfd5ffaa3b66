package org.factdesk.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.Rating;

/**
 * The claims in the desk most like a given one, with their published verdicts, for the claim page and the API:
 * one query of the index for the ids, then one database query for what the rows show.
 */
@ApplicationScoped
public class SimilarClaims {

    /** How many similar claims a claim shows. */
    public static final int LIMIT = 5;

    /**
     * One similar claim. {@code rating} is its published verdict's rating, or null when it has none yet; {@code score}
     * is the index's ranking score (higher is closer).
     */
    public record Item(long id, String statement, ClaimStatus status, String claimant, long articleId,
            String articleTitle, Rating rating, double score) {
    }

    /** The similar claims, best first; {@code ready} is false while the index is still being built. */
    public record Result(boolean ready, List<Item> items) {
    }

    @Inject
    SimilarIndex index;

    public Result of(Claim claim) {
        Optional<List<SimilarIndex.Hit>> hits = index.similarTo(claim.id, claim.statement, LIMIT);
        return hits.map(h -> new Result(true, rows(h))).orElseGet(() -> new Result(false, List.of()));
    }

    private static List<Item> rows(List<SimilarIndex.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        List<Object[]> found = Claim.getEntityManager().createQuery("select c.id, c.statement, c.status, c.claimant, "
                + "a.id, a.title, r from Claim c join c.article a left join c.publishedVerdict pv left join pv.rating r "
                + "where c.id in :ids", Object[].class)
                .setParameter("ids", hits.stream().map(SimilarIndex.Hit::id).toList())
                .getResultList();
        for (Object[] row : found) {
            byId.put((Long) row[0], row);
        }
        List<Item> items = new ArrayList<>();
        for (SimilarIndex.Hit hit : hits) {
            Object[] r = byId.get(hit.id());
            if (r != null) {
                items.add(new Item(hit.id(), (String) r[1], (ClaimStatus) r[2], (String) r[3], (Long) r[4],
                        (String) r[5], (Rating) r[6], hit.score()));
            }
        }
        return items;
    }
}

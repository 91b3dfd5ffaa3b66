package org.factdesk.claim.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.IdSlots;
import org.factdesk.claim.Rating;
import org.factdesk.claim.search.ClaimDocuments;
import org.factdesk.claim.search.ClaimIndex;

/**
 * The claims in the desk most like a given one, with their published verdicts, for the claim page and the API: one
 * query of the claims index for the ids (BM25 over statement and quote, a published claim's score
 * ×{@link #PUBLISHED_BOOST}, dismissed claims after all others), then one database query for what the rows show.
 */
@ApplicationScoped
public class SimilarClaims {

    /** How many similar claims a claim shows. */
    public static final int LIMIT = 5;
    /** How many best text matches are re-ranked for publication and dismissal before the top few are kept. */
    static final int CANDIDATES = 50;
    /** A published claim's score is multiplied by this: its verdict is the work there is to reuse. */
    static final float PUBLISHED_BOOST = 1.5f;

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

    /** A claim like the one asked about, with its score after re-ranking. */
    record Hit(long id, boolean dismissed, double score) {
    }

    @Inject
    ClaimIndex index;

    public Result of(Claim claim) {
        return of(claim.id, claim.statement);
    }

    /** The claims like claim {@code id}, whose statement is {@code statement}. */
    public Result of(long id, String statement) {
        Optional<List<Hit>> hits = index.read(searcher -> similarTo(searcher, id, statement, LIMIT));
        return hits.map(h -> new Result(true, rows(h))).orElseGet(() -> new Result(false, List.of()));
    }

    private List<Hit> similarTo(IndexSearcher searcher, long self, String statement, int limit)
            throws java.io.IOException {
        BooleanQuery like = LikeQuery.build(index.analyzer(), searcher.getIndexReader(), ClaimDocuments.SIMILAR,
                statement);
        if (like == null) {
            return List.of();
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ClaimDocuments.ID, Long.toString(self))), BooleanClause.Occur.MUST_NOT)
                .build();
        List<Hit> ranked = new ArrayList<>();
        // Only the best CANDIDATES are wanted, never how many claims match: counting stops there, so the disjunction can
        // skip the postings of claims that cannot reach the top (block-max WAND) instead of scoring every match.
        TopScoreDocCollectorManager best = new TopScoreDocCollectorManager(CANDIDATES, null, CANDIDATES);
        for (ScoreDoc hit : searcher.search(query, best).scoreDocs) {
            boolean published = ClaimDocuments.value(searcher, hit.doc, ClaimDocuments.PUBLISHED, 0) == 1;
            boolean dismissed = ClaimDocuments.value(searcher, hit.doc, ClaimDocuments.DISMISSED, 0) == 1;
            ranked.add(new Hit(ClaimDocuments.value(searcher, hit.doc, ClaimDocuments.ID_VALUE, -1), dismissed,
                    hit.score * (published ? PUBLISHED_BOOST : 1f)));
        }
        ranked.sort(Comparator.comparing(Hit::dismissed).thenComparing(Hit::score, Comparator.reverseOrder())
                .thenComparing(Hit::id));
        return ranked.stream().limit(limit).toList();
    }

    private static List<Item> rows(List<Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        IdSlots ids = IdSlots.of(hits.stream().map(Hit::id).toList(), 1);
        List<Object[]> found = ids.bind(Claim.getEntityManager().createQuery("select c.id, c.statement, c.status, "
                + "c.claimant, a.id, a.title, r from Claim c join c.article a left join c.publishedVerdict pv "
                + "left join pv.rating r where c.id in " + ids.placeholders(), Object[].class))
                .getResultList();
        for (Object[] row : found) {
            byId.put((Long) row[0], row);
        }
        List<Item> items = new ArrayList<>();
        for (Hit hit : hits) {
            Object[] r = byId.get(hit.id());
            if (r != null) {
                items.add(new Item(hit.id(), (String) r[1], (ClaimStatus) r[2], (String) r[3], (Long) r[4],
                        (String) r[5], (Rating) r[6], hit.score()));
            }
        }
        return items;
    }
}

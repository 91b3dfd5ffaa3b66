package org.factdesk.claim.similar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.Analyzer;
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
import org.factdesk.claim.search.NeighbourLists;

/**
 * The claims in the desk most like a given one, with their published verdicts, for the claim page and the API: the
 * closest by wording (BM25 over statement and quote), from the claim's stored list ({@link NeighbourLists}, kept by
 * {@link SimilarLists}) or, while that is not current, from a query of the claims index; then re-ranked (a published
 * claim's score ×{@link #PUBLISHED_BOOST}, dismissed claims after all others), and one database query for what the
 * rows show.
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

    /**
     * The claims like claim {@code id}, whose statement is {@code statement}: from its stored list when the index
     * keeps a current one, else by a query.
     */
    public Result of(long id, String statement) {
        Optional<List<Hit>> hits = index.read(searcher -> {
            if (index.listsCurrent()) {
                List<NeighbourLists.Entry> stored = ClaimIndex.storedList(searcher, id);
                if (stored != null) {
                    return ranked(stored(searcher, stored));
                }
            }
            List<Hit> candidates = new ArrayList<>();
            for (ScoreDoc hit : best(searcher, index.analyzer(), id, statement, CANDIDATES)) {
                candidates.add(hit(searcher, ClaimDocuments.value(searcher, hit.doc, ClaimDocuments.ID_VALUE, -1),
                        hit.doc, hit.score));
            }
            return ranked(candidates);
        });
        return hits.map(h -> new Result(true, rows(h))).orElseGet(() -> new Result(false, List.of()));
    }

    /**
     * The {@link NeighbourLists#SIZE} claims closest to claim {@code id} by wording alone (its statement is
     * {@code statement}), best first: what its stored list holds.
     */
    static List<NeighbourLists.Entry> closest(IndexSearcher searcher, Analyzer analyzer, long id, String statement)
            throws IOException {
        List<NeighbourLists.Entry> closest = new ArrayList<>();
        for (ScoreDoc hit : best(searcher, analyzer, id, statement, NeighbourLists.SIZE)) {
            closest.add(new NeighbourLists.Entry(ClaimDocuments.value(searcher, hit.doc, ClaimDocuments.ID_VALUE, -1),
                    hit.score));
        }
        return closest;
    }

    /**
     * The claims whose lists a claim with new words (its statement is {@code statement}) may now enter: those sharing
     * two of its words, best {@link #CANDIDATES} first. Its own list is not enough: a claim of few words contained in a
     * long new one is not among the long one's closest, which must share three words, yet the new one may be among its.
     */
    static List<Long> reach(IndexSearcher searcher, Analyzer analyzer, long id, String statement) throws IOException {
        List<Long> reach = new ArrayList<>();
        for (ScoreDoc hit : best(searcher, analyzer, id, statement, CANDIDATES, true)) {
            reach.add(ClaimDocuments.value(searcher, hit.doc, ClaimDocuments.ID_VALUE, -1));
        }
        return reach;
    }

    private static ScoreDoc[] best(IndexSearcher searcher, Analyzer analyzer, long self, String statement, int limit)
            throws IOException {
        return best(searcher, analyzer, self, statement, limit, false);
    }

    /**
     * The {@code limit} claims whose wording is closest to {@code statement}'s, leaving out claim {@code self}; with
     * {@code loose}, sharing two words is enough ({@link LikeQuery#loosened}).
     */
    private static ScoreDoc[] best(IndexSearcher searcher, Analyzer analyzer, long self, String statement, int limit,
            boolean loose) throws IOException {
        BooleanQuery like = LikeQuery.build(analyzer, searcher.getIndexReader(), ClaimDocuments.SIMILAR, statement);
        if (like == null) {
            return new ScoreDoc[0];
        } else if (loose) {
            like = LikeQuery.loosened(like);
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ClaimDocuments.ID, Long.toString(self))), BooleanClause.Occur.MUST_NOT)
                .build();
        // Only the best few are wanted, never how many claims match: counting stops there, so the disjunction can
        // skip the postings of claims that cannot reach the top (block-max WAND) instead of scoring every match.
        return searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit)).scoreDocs;
    }

    /** The claims of a stored list that are still in the index, as they are now. */
    private static List<Hit> stored(IndexSearcher searcher, List<NeighbourLists.Entry> list) throws IOException {
        Map<Long, Float> scores = new HashMap<>();
        list.forEach(e -> scores.put(e.id(), e.score()));
        List<Hit> hits = new ArrayList<>();
        ClaimDocuments.find(searcher, scores.keySet(), (leaf, doc, id) -> hits.add(hit(searcher,
                id, leaf.docBase + doc, scores.get(id))));
        return hits;
    }

    private static Hit hit(IndexSearcher searcher, long id, int doc, float score) throws IOException {
        boolean published = ClaimDocuments.value(searcher, doc, ClaimDocuments.PUBLISHED, 0) == 1;
        boolean dismissed = ClaimDocuments.value(searcher, doc, ClaimDocuments.DISMISSED, 0) == 1;
        return new Hit(id, dismissed, score * (published ? PUBLISHED_BOOST : 1f));
    }

    /** Published claims up (score ×{@link #PUBLISHED_BOOST}), dismissed ones after all others; the first few. */
    private static List<Hit> ranked(List<Hit> hits) {
        List<Hit> ranked = new ArrayList<>(hits);
        ranked.sort(Comparator.comparing(Hit::dismissed).thenComparing(Hit::score, Comparator.reverseOrder())
                .thenComparing(Hit::id));
        return ranked.stream().limit(LIMIT).toList();
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

package org.factdesk.claim.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A "more like this" query for a text, built by hand since Lucene's MoreLikeThis lives in a module we do not use:
 * the text's analysed terms (stop words dropped, stemmed) as optional clauses scored by BM25. A long text keeps its
 * {@link #MAX_TERMS} most telling terms (rare in the index, frequent in the text), and a match must share more than
 * one term with it, so one common word in common does not make two claims similar. On a large desk, words that a
 * tenth of all claims contain, or more than {@link #COMMON_MAX_DOCS} claims, are left out: they barely change the
 * ranking, and their postings are the longest, so the cost of a query stops growing with the desk.
 */
final class LikeQuery {

    static final int MAX_TERMS = 32;
    /** From this many claims on, words in more than {@link #COMMON_SHARE} of them are left out of the query. */
    static final int COMMON_FROM_DOCS = 10_000;
    static final double COMMON_SHARE = 0.10;
    /**
     * However large the desk, words in more claims than this are left out too: at 1,000,000 claims a tenth was 100,000
     * postings per word, and a similar-claims lookup took 45 ms (p50) where with this bound it takes 11 ms
     * (docs/PERFORMANCE.md). Below 200,000 claims the tenth is the smaller bound, so smaller desks rank as before.
     */
    static final int COMMON_MAX_DOCS = 20_000;

    private LikeQuery() {
    }

    /** The query, or null when the text has no terms left after analysis (only stop words, say). */
    static BooleanQuery build(Analyzer analyzer, IndexReader reader, String field, String text) {
        Map<String, Integer> frequencies = terms(analyzer, field, text);
        if (frequencies.isEmpty()) {
            return null;
        }
        List<String> chosen = new ArrayList<>(frequencies.keySet());
        int docs = Math.max(1, reader.numDocs());
        boolean large = docs >= COMMON_FROM_DOCS;
        if (!large && chosen.size() <= MAX_TERMS) {
            return query(field, chosen);
        }
        // How many claims hold each word, read once for both rules below.
        Map<String, Integer> dfs = new LinkedHashMap<>();
        for (String term : chosen) {
            dfs.put(term, docFreq(reader, new Term(field, term)));
        }
        if (large) {
            // On a large desk a word that a tenth of all claims contain says next to nothing about likeness; keep
            // at least the two rarest words.
            long cutoff = commonCutoff(docs);
            List<String> rare = chosen.stream().filter(t -> dfs.get(t) <= cutoff).toList();
            if (rare.size() >= 2) {
                chosen = new ArrayList<>(rare);
            } else {
                chosen.sort(Comparator.comparing(dfs::get));
                chosen = new ArrayList<>(chosen.subList(0, Math.min(2, chosen.size())));
            }
        }
        if (chosen.size() > MAX_TERMS) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String term : chosen) {
                int df = dfs.get(term);
                // A term no claim contains cannot match; it goes last rather than taking a slot.
                weights.put(term, df == 0 ? -1 : frequencies.get(term) * Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
            }
            chosen.sort(Comparator.comparing((String t) -> weights.get(t)).reversed());
            chosen = chosen.subList(0, MAX_TERMS);
        }
        return query(field, chosen);
    }

    /** The most claims a word of the query may appear in on a desk of {@code docs} claims (a large desk only). */
    static long commonCutoff(int docs) {
        return Math.min((long) (docs * COMMON_SHARE), COMMON_MAX_DOCS);
    }

    private static BooleanQuery query(String field, List<String> chosen) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : chosen) {
            query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(minimumShouldMatch(chosen.size()));
        return query.build();
    }

    /**
     * The same words with a looser bar: a claim sharing two of them (all, if there are fewer) matches. The claims whose
     * own lookups would match a text are among these, since a claim's lookup asks for two shared words at least (three
     * from ten words on), unless it has a single word.
     */
    static BooleanQuery loosened(BooleanQuery like) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        like.clauses().forEach(query::add);
        query.setMinimumNumberShouldMatch(Math.min(2, like.clauses().size()));
        return query.build();
    }

    /**
     * How many of {@code terms} query terms a claim must share: all of one or two, else two, and three for a text
     * of ten terms or more.
     */
    static int minimumShouldMatch(int terms) {
        return terms <= 2 ? terms : terms < 10 ? 2 : 3;
    }

    /** The analysed terms of {@code text} with how often each occurs, in order of first occurrence. */
    static Map<String, Integer> terms(Analyzer analyzer, String field, String text) {
        Map<String, Integer> frequencies = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return frequencies;
        }
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frequencies;
    }

    private static int docFreq(IndexReader reader, Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

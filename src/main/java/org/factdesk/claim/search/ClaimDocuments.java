package org.factdesk.claim.search;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.factdesk.claim.ClaimStatus;

/**
 * How a claim becomes a Lucene document: the field names, the analyzers, and the mapping from {@link IndexedClaim}.
 * Text fields are searched (statement, quote, claimant, article title, verdict summaries; {@link #WORDS} unstemmed
 * for prefixes; {@link #SIMILAR} for similar claims); the others filter and sort the claims list. Nothing is stored:
 * a hit's id comes from doc values and the rows shown come from the database.
 */
public final class ClaimDocuments {

    /** Exact id, the term documents are replaced and deleted by. */
    public static final String ID = "id";
    /**
     * The id as doc values (the last sort key of every search, so each hit carries its id) and as a point (id ranges
     * for the consistency check). Every sort key is indexed both ways: with the point, Lucene skips documents that
     * cannot make the page instead of comparing every one.
     */
    public static final String ID_VALUE = "id_value";
    public static final String STATEMENT = "statement";
    public static final String QUOTE = "quote";
    public static final String CLAIMANT = "claimant";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    /** Every text of the claim, lower-cased and folded but not stemmed, for prefix queries. */
    public static final String WORDS = "words";
    /** Statement and quote analysed as the similar-claims query expects (English stems, no stop words). */
    public static final String SIMILAR = "text";
    public static final String STATUS = "status";
    public static final String ASSIGNEE = "assignee";
    /** The current verdict's author and everyone else who had a hand in it (four eyes). */
    public static final String AUTHOR = "author";
    public static final String RATING = "rating";
    public static final String ARTICLE = "article";
    /** Due date as a day number, {@link #NO_DUE} when the claim has none, so those sort last and no range holds them. */
    public static final String DUE = "due";
    public static final String UPDATED = "updated";
    public static final String URGENCY = "urgency";
    public static final String SCORE = "score";
    public static final String PUBLISHED = "published";
    public static final String DISMISSED = "dismissed";
    /** The claim's closest claims by wording, or that they are due ({@link NeighbourLists}); updated in place. */
    public static final String NEIGHBOURS = "neighbours";
    /** A hash of the words the closest claims are judged by, so a rewrite that keeps them keeps the list. */
    static final String TEXT_HASH = "text_hash";
    /** The value of {@link #ASSIGNEE}, {@link #AUTHOR} and {@link #RATING} when the claim has none. */
    public static final String NONE = "none";
    /** Day number standing for "no due date", after every real one. */
    public static final long NO_DUE = Long.MAX_VALUE;

    /** The text fields a search looks in, each with its weight: the statement counts most. */
    public static final Map<String, Float> SEARCHED = Map.of(STATEMENT, 3f, CLAIMANT, 2f, QUOTE, 1.5f, TITLE, 1f,
            SUMMARY, 1f);

    private ClaimDocuments() {
    }

    /** The analyzer for writing and for searching: stemmed English for text, folded words for prefixes. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new SearchAnalyzer(true), Map.of(WORDS, new SearchAnalyzer(false),
                SIMILAR, new EnglishAnalyzer()));
    }

    /** The document of claim {@code c}, with its {@link #textHash} and its {@link NeighbourLists} value. */
    static Document document(IndexedClaim c, long textHash, BytesRef neighbours) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(c.id()), Field.Store.NO));
        sortable(doc, ID_VALUE, c.id());
        Set<String> words = new LinkedHashSet<>();
        text(doc, words, STATEMENT, c.statement());
        if (!same(c.quote(), c.statement())) {
            text(doc, words, QUOTE, c.quote());
        }
        text(doc, words, CLAIMANT, c.claimant());
        text(doc, words, TITLE, c.articleTitle());
        text(doc, words, SUMMARY, c.summary());
        if (!same(c.publishedSummary(), c.summary())) {
            text(doc, words, SUMMARY, c.publishedSummary());
        }
        doc.add(new TextField(WORDS, String.join("\n", words), Field.Store.NO));
        doc.add(new TextField(SIMILAR, similarText(c), Field.Store.NO));
        doc.add(new NumericDocValuesField(TEXT_HASH, textHash));
        doc.add(new BinaryDocValuesField(NEIGHBOURS, neighbours));
        doc.add(new StringField(STATUS, c.status().name(), Field.Store.NO));
        doc.add(new StringField(ASSIGNEE, key(c.assigneeId()), Field.Store.NO));
        doc.add(new StringField(AUTHOR, key(c.authorId()), Field.Store.NO));
        for (Long contributor : c.contributorIds()) {
            doc.add(new StringField(AUTHOR, Long.toString(contributor), Field.Store.NO));
        }
        doc.add(new StringField(RATING, c.ratingKey() == null ? NONE : c.ratingKey(), Field.Store.NO));
        doc.add(new StringField(ARTICLE, Long.toString(c.articleId()), Field.Store.NO));
        sortable(doc, DUE, c.dueDate() == null ? NO_DUE : c.dueDate().toEpochDay());
        sortable(doc, UPDATED, micros(c.updatedAt()));
        // Priority's constants run from LOW to URGENT, so a higher ordinal is more urgent.
        sortable(doc, URGENCY, c.priority().ordinal());
        doc.add(new DoublePoint(SCORE, c.score()));
        doc.add(new DoubleDocValuesField(SCORE, c.score()));
        doc.add(new NumericDocValuesField(PUBLISHED, c.published() ? 1 : 0));
        doc.add(new NumericDocValuesField(DISMISSED, c.status() == ClaimStatus.DISMISSED ? 1 : 0));
        return doc;
    }

    private static String similarText(IndexedClaim c) {
        return same(c.quote(), c.statement()) ? c.statement() : c.statement() + "\n" + c.quote();
    }

    /**
     * A 64-bit FNV-1a hash of what claims are compared by: the statement (the words a claim's own list is looked up
     * with) and the quote (indexed beside it, so other claims' lists see it).
     */
    static long textHash(IndexedClaim c) {
        long hash = fnv(0xcbf29ce484222325L, c.statement());
        hash = (hash ^ 0xFFFF) * FNV_PRIME; // a separator, so "a b" + "c" differs from "a" + "b c"
        return same(c.quote(), c.statement()) ? hash : fnv(hash, c.quote());
    }

    private static final long FNV_PRIME = 0x100000001b3L;

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** A numeric doc value of the hit {@code doc} (an index-wide doc id), or {@code missing} when it has none. */
    public static long value(IndexSearcher searcher, int doc, String field, long missing) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc - leaf.docBase) ? values.longValue() : missing;
    }

    /** Where a claim's document is. */
    @FunctionalInterface
    public interface Found {
        void at(LeafReaderContext leaf, int doc, long id) throws IOException;
    }

    /** Tells {@code found} where the live document of each of {@code ids} is; ids not in the index are skipped. */
    public static void find(IndexSearcher searcher, Collection<Long> ids, Found found) throws IOException {
        Set<Long> left = new HashSet<>(ids);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ID);
            if (left.isEmpty()) {
                return;
            } else if (terms == null) {
                continue;
            }
            TermsEnum term = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (Iterator<Long> it = left.iterator(); it.hasNext();) {
                long id = it.next();
                if (!term.seekExact(new BytesRef(Long.toString(id)))) {
                    continue;
                }
                postings = term.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found.at(leaf, doc, id);
                        it.remove();
                        break;
                    }
                }
            }
        }
    }

    /** The instant as microseconds, the precision both databases keep, so stamps compare equal after a round trip. */
    static long micros(java.time.Instant at) {
        return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, at);
    }

    private static void sortable(Document doc, String field, long value) {
        doc.add(new LongPoint(field, value));
        doc.add(new NumericDocValuesField(field, value));
    }

    private static void text(Document doc, Set<String> words, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
            words.add(value);
        }
    }

    private static String key(Long id) {
        return id == null ? NONE : Long.toString(id);
    }

    private static boolean same(String a, String b) {
        return a == null || collapse(a).equalsIgnoreCase(collapse(b));
    }

    private static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Standard tokens, lower-cased and folded to ASCII (so "São" finds "Sao"); with {@code stem}, English possessives,
     * stop words and Porter stems as well.
     */
    static final class SearchAnalyzer extends Analyzer {
        private final boolean stem;

        SearchAnalyzer(boolean stem) {
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result);
            if (stem) {
                result = new EnglishPossessiveFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new PorterStemFilter(result);
            }
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}

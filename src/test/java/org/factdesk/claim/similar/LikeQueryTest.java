package org.factdesk.claim.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The hand-made "more like this" query: analysed terms, a cap on their number, and more than one term in common. */
class LikeQueryTest {

    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

    private DirectoryReader index(String... texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(directory);
    }

    private static List<String> terms(BooleanQuery query) {
        return query.clauses().stream().map(c -> ((TermQuery) c.getQuery()).getTerm().text()).toList();
    }

    @Test
    void stopWordsGoAndWordsAreStemmed() throws IOException {
        try (DirectoryReader reader = index("anything")) {
            BooleanQuery query = LikeQuery.build(analyzer, reader, "text", "The harbour tariffs doubled in 2024");
            assertEquals(List.of("harbour", "tariff", "doubl", "2024"), terms(query));
            assertTrue(query.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD));
            assertEquals(2, query.getMinimumNumberShouldMatch());
        }
    }

    @Test
    void onlyStopWordsMakeNoQuery() throws IOException {
        try (DirectoryReader reader = index("anything")) {
            assertNull(LikeQuery.build(analyzer, reader, "text", "It is, and it was, as it will be."));
        }
    }

    @Test
    void oneSharedWordIsNotEnough() throws IOException {
        try (DirectoryReader reader = index("Harbour tariffs doubled last year", "The harbour museum opened",
                "Opening hours of the zoo")) {
            BooleanQuery query = LikeQuery.build(analyzer, reader, "text", "The harbour tariff rose sharply");
            assertEquals(1, new IndexSearcher(reader).count(query), "only the claim with two words in common");
        }
    }

    @Test
    void longTextKeepsItsRarestTerms() throws IOException {
        String common = IntStream.range(0, 40).mapToObj(i -> "common" + (char) ('a' + i % 26) + (char) ('a' + i / 26))
                .collect(Collectors.joining(" "));
        // Every indexed text has the common words; only one has "zeppelin".
        try (DirectoryReader reader = index(common, common, common + " zeppelin")) {
            BooleanQuery query = LikeQuery.build(analyzer, reader, "text", common + " zeppelin unheardof");
            assertEquals(LikeQuery.MAX_TERMS, query.clauses().size());
            assertTrue(terms(query).contains("zeppelin"), "the rare word survives the cap");
            assertFalse(terms(query).contains("unheardof"), "a word no claim has takes no slot");
            assertEquals(3, query.getMinimumNumberShouldMatch());
        }
    }

    @Test
    void minimumShouldMatchGrowsSlowly() {
        assertEquals(List.of(1, 2, 2, 2, 2, 3, 3), IntStream.of(1, 2, 3, 6, 9, 10, 32)
                .mapToObj(LikeQuery::minimumShouldMatch).toList());
    }

    @Test
    void onALargeDeskWordsInATenthOfTheClaimsAreLeftOut() throws IOException {
        // 10,000 claims: "minister" in every second one, "harbour" and "tariff" in a handful, "rose" in none.
        String[] texts = new String[LikeQuery.COMMON_FROM_DOCS];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = (i % 2 == 0 ? "minister said " : "council voted ") + "item" + i
                    + (i % 1000 == 0 ? " harbour tariff" : "");
        }
        try (DirectoryReader reader = index(texts)) {
            assertEquals(List.of("harbour", "tariff", "rose"),
                    terms(LikeQuery.build(analyzer, reader, "text", "The minister said harbour tariffs rose")));
            // Only common words: the two rarest stay, so a query is still made.
            assertEquals(2, terms(LikeQuery.build(analyzer, reader, "text", "The minister said the council voted"))
                    .size());
        }
    }

    @Test
    void onAVeryLargeDeskTheCutOffStopsGrowing() {
        assertEquals(1_000, LikeQuery.commonCutoff(10_000));
        assertEquals(10_000, LikeQuery.commonCutoff(100_000));
        assertEquals(LikeQuery.COMMON_MAX_DOCS, LikeQuery.commonCutoff(200_000));
        assertEquals(LikeQuery.COMMON_MAX_DOCS, LikeQuery.commonCutoff(1_000_000));
    }
}

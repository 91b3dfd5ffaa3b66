package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The facade the article pages and API use: order, offsets, ranking, concurrency. */
class ClaimSpotterTest {

    private final ClaimSpotter spotter = new ClaimSpotter();

    @Test
    void spottedSentencesComeInBodyOrderWithOffsetsIntoTheText() throws IOException {
        String text = SentenceSplitterTest.resource("jobs-report.md");
        List<SpottedSentence> spotted = spotter.spot(text);
        int previousEnd = 0;
        for (SpottedSentence s : spotted) {
            assertTrue(s.start() >= previousEnd);
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertTrue(s.score() >= 0 && s.score() <= 1);
            previousEnd = s.end();
        }
    }

    @Test
    void rankingPutsStatisticsAboveOpinionsInTheMarkdownArticle() throws IOException {
        List<SpottedSentence> spotted = spotter.spot(SentenceSplitterTest.resource("jobs-report.md"));
        SpottedSentence employment = find(spotted, "According to the National Statistics Office");
        SpottedSentence fiscal = find(spotted, "The independent Fiscal Council forecasts");
        SpottedSentence opinions = find(spotted, "Some sentences are opinions");
        assertTrue(employment.score() > opinions.score());
        assertTrue(fiscal.score() > opinions.score());
        assertTrue(employment.reasons().contains("quantity"), employment.reasons().toString());
    }

    @Test
    void rankingPutsStatisticsAboveDescriptionInTheNewsArticle() throws IOException {
        List<SpottedSentence> spotted = spotter.spot(SentenceSplitterTest.resource("summit-talks.txt"));
        SpottedSentence trade = find(spotted, "Trade between the two countries rose 18%");
        SpottedSentence unemployment = find(spotted, "Unemployment in Veloria's border provinces");
        SpottedSentence friendly = find(spotted, "Hale described the talks");
        SpottedSentence footer = find(spotted, "© 2025 Northlight Daily");
        assertTrue(trade.score() > friendly.score());
        assertTrue(unemployment.score() > friendly.score());
        assertTrue(friendly.score() > footer.score());
        List<SpottedSentence> ranked = new ArrayList<>(spotted);
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        assertEquals(trade, ranked.get(0));
    }

    @Test
    void claimantIsSuggestedFromTheAttribution() {
        assertEquals(Optional.of("Hale"), spotter.suggestClaimant("The border will stay open, Hale said."));
        assertEquals(Optional.empty(), spotter.suggestClaimant("The border will stay open."));
    }

    @Test
    void emptyBodyHasNoSentences() {
        assertTrue(spotter.spot("").isEmpty());
        assertTrue(spotter.spot(null).isEmpty());
    }

    @Test
    void oneSpotterServesConcurrentRequests() throws Exception {
        String text = SentenceSplitterTest.resource("summit-talks.txt");
        List<SpottedSentence> expected = spotter.spot(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SpottedSentence>>> runs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                runs.add(pool.submit(() -> spotter.spot(text)));
            }
            for (Future<List<SpottedSentence>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SpottedSentence find(List<SpottedSentence> spotted, String prefix) {
        return spotted.stream().filter(s -> s.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with " + prefix));
    }
}

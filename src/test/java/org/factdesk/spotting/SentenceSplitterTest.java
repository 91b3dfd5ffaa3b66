package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

/** Sentence boundaries on the edge cases and sample articles, with offsets that round-trip. */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    static String resource(String name) throws IOException {
        try (InputStream in = SentenceSplitterTest.class.getClassLoader().getResourceAsStream(
                (name.equals("edge-cases.txt") ? "spotting/" : "demo/") + name)) {
            if (in == null) {
                throw new IOException("missing test resource spotting/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> sentences(String text) {
        List<SentenceSpan> spans = splitter.split(text);
        List<String> out = new ArrayList<>();
        int previousEnd = 0;
        for (SentenceSpan s : spans) {
            assertTrue(s.start() >= previousEnd, "spans are in order and do not overlap");
            String sentence = text.substring(s.start(), s.end());
            assertEquals(sentence.strip(), sentence, "sentences are trimmed");
            assertFalse(sentence.isEmpty());
            out.add(sentence);
            previousEnd = s.end();
        }
        return out;
    }

    private void assertSplits(String text, String... expected) {
        assertEquals(List.of(expected), sentences(text));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String line = "Mr. and Mrs. Smith arrived at 9 a.m. on Feb. 4, and the U.S. delegation followed at 10:30.";
        assertSplits(line, line);
    }

    @Test
    void closingCurlyQuoteEndsSentenceBeforeCapital() {
        assertSplits("She said: “We will not accept a deal that costs 3.5% of GDP.” Then she left.",
                "She said: “We will not accept a deal that costs 3.5% of GDP.”", "Then she left.");
    }

    @Test
    void pageFigureDecimalsAndThousandsDoNotSplit() {
        String line = "The report (p. 14, fig. 3) estimates 1,250,000 people — roughly 4.2 per cent — were affected.";
        assertSplits(line, line);
    }

    @Test
    void academicTitlesCjkAndAccentsStayInOneSentence() {
        String line = "Prof. Li Wei (李伟) of Tsinghua Univ. disagreed; so did Dr. Zoë Ångström, Ph.D.";
        assertSplits(line, line);
    }

    @Test
    void quotedQuestionKeepsItsReportingClause() {
        // "he asked" and "she replied" are lower case, so they continue the quoted sentence;
        // the ellipsis before "and walked away" does not end anything either.
        assertSplits("\"Is it true?\" he asked. \"No!\" she replied... and walked away.",
                "\"Is it true?\" he asked.", "\"No!\" she replied... and walked away.");
    }

    @Test
    void missingSpacesAndMonthRangesDoNotSplit() {
        String line = "Prices rose 12%year-on-year, the agency said ,citing data from Jan.–Mar. 2025.";
        assertSplits(line, line);
    }

    @Test
    void urlAndEmojiStayWhole() {
        String line = "A sentence with an emoji 🙂 and a URL https://example.org/a.b?c=d.e stays whole.";
        assertSplits(line, line);
        assertSplits("Read https://example.org/x?y=1. Then decide.", "Read https://example.org/x?y=1.", "Then decide.");
    }

    @Test
    void lineWithoutFinalStopIsItsOwnSentence() {
        assertSplits("A line without a final full stop\nThe next line starts here.",
                "A line without a final full stop", "The next line starts here.");
    }

    @Test
    void veryLongSentenceStaysWhole() {
        String line = "A very long sentence that goes on and on, listing the 27 member states, the 19 that use the euro, "
                + "the 8 that do not, the 5 candidate countries and the 3 potential candidates, while quoting a minister "
                + "who said that \"growth will return by the third quarter, as it did in 2014, 2017 and 2021, and "
                + "unemployment will fall below 6 per cent,\" before ending, finally, here.";
        assertSplits(line, line);
    }

    @Test
    void everyEdgeCaseLineIsOneSentenceExceptTheDocumentedOnes() throws IOException {
        String text = resource("edge-cases.txt");
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> got = sentences(text);
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("She said:")) {
                expected.add("She said: “We will not accept a deal that costs 3.5% of GDP.”");
                expected.add("Then she left.");
            } else if (line.startsWith("\"Is it true?\"")) {
                expected.add("\"Is it true?\" he asked.");
                expected.add("\"No!\" she replied... and walked away.");
            } else {
                expected.add(line);
            }
        }
        assertEquals(expected, got);
    }

    @Test
    void abbreviationThatEndsASentenceStillSplits() {
        assertSplits("The plant moved to the U.S. The jobs went with it.", "The plant moved to the U.S.", "The jobs went with it.");
        assertSplits("Talks resume in Jan. The ministry confirmed it.", "Talks resume in Jan.", "The ministry confirmed it.");
        assertSplits("U.S. President Joe Biden spoke.", "U.S. President Joe Biden spoke.");
        assertSplits("Gov. Ann Lee and Sen. Bo Park met at No. 10 Downing St. on Friday.",
                "Gov. Ann Lee and Sen. Bo Park met at No. 10 Downing St. on Friday.");
    }

    @Test
    void cjkSplitsOnFullWidthStops() {
        assertSplits("经济增长了5%。失业率下降了！这是真的吗？“是的。”他说。",
                "经济增长了5%。", "失业率下降了！", "这是真的吗？", "“是的。”", "他说。");
    }

    @Test
    void offsetsRoundTripWithEmojiCombiningMarksAndCjk() {
        String text = "Cafe\u0301 owners 👍🏽 cheered. 👨‍👩‍👧 Families paid 5 € more. 价格上涨了3%。Zoë’s café closed.\n\nΑθήνα: prices rose.";
        List<SentenceSpan> spans = splitter.split(text);
        List<String> got = sentences(text);
        assertEquals(List.of("Cafe\u0301 owners 👍🏽 cheered.", "👨‍👩‍👧 Families paid 5 € more.", "价格上涨了3%。",
                "Zoë’s café closed.", "Αθήνα: prices rose."), got);
        for (SentenceSpan s : spans) {
            assertFalse(Character.isLowSurrogate(text.charAt(s.start())), "never starts inside a surrogate pair");
            assertFalse(Character.isHighSurrogate(text.charAt(s.end() - 1)), "never ends inside a surrogate pair");
            assertEquals(s.text(text), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void blankLinesAndHeadingsEndSentences() {
        assertSplits("Prices rose\n\nThe minister spoke\nWhat the figures show\nEmployment rose by 2%.",
                "Prices rose", "The minister spoke", "What the figures show", "Employment rose by 2%.");
    }

    @Test
    void hardWrappedParagraphContinuesOnLowerCaseLine() {
        String text = "The ministry said the programme had reached 40,000 households\nin the first year, short of its goal.";
        assertSplits(text, text);
    }

    @Test
    void blankTextHasNoSentences() {
        assertTrue(splitter.split("").isEmpty());
        assertTrue(splitter.split(" \n\n \t").isEmpty());
        assertTrue(splitter.split(null).isEmpty());
    }

    @Test
    void newsArticleHeadlineCaptionAndFooterAreOwnSentences() throws IOException {
        List<String> got = sentences(resource("summit-talks.txt"));
        assertEquals("Harbour Summit: Veloria and Ardent leaders talk trade and the border dispute", got.get(0));
        assertEquals("PHOTO - Velorian President Elena Marsh (L) and Ardent Premier Tomas Hale shake hands before their "
                + "meeting in Port Calder, on March 3, 2025.", got.get(1));
        assertEquals("J. OKAFOR/Meridian Wire via Northlight Images", got.get(2));
        assertEquals("© 2025 Northlight Daily. Sample text written for FactDesk; all names are fictional.", got.get(got.size() - 1));
        assertTrue(got.contains("But Ms. Marsh said the opposition and the regional governors were \"not yet ready.\""));
        assertTrue(got.contains("The League's secretary-general, Dr. Ines Barros, said there were \"signs\" that Veloria had asked "
                + "Ardent for patrol vessels — a claim Ardent's U.N. envoy called \"baseless.\""));
        assertTrue(got.contains("Trade between the two countries rose 18% last year to $41.2 billion, the highest level on record, "
                + "Velorian customs data show."));
        assertEquals(18, got.size());
        for (String s : got) {
            assertFalse(s.contains("\n"), "paragraphs are one per line, so no sentence spans two: " + s);
        }
    }

    @Test
    void markdownArticleKeepsBylineAndTitledNamesTogether() throws IOException {
        List<String> got = sentences(resource("jobs-report.md"));
        assertEquals("# Budget row: what the finance minister said, and what the figures show", got.get(0));
        assertEquals("*By Priya Nandakumar · Published 12 Feb. 2026 · The Ledger (fictional sample)*", got.get(1));
        assertTrue(got.contains("The opposition's spokesperson, Mrs. Hélène Dubois, said the country now has \"the highest tax burden in Europe.\""));
        assertTrue(got.contains("Mr. Vasquez also said the deficit would be halved by 2027."));
        assertTrue(got.contains("\"Nobody has done more for pensioners than we have,\" he said."));
        assertEquals(14, got.size());
    }

    @Test
    void oneSplitterServesManyThreads() throws Exception {
        String text = resource("summit-talks.txt") + "\n\n" + resource("jobs-report.md");
        List<SentenceSpan> expected = splitter.split(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SentenceSpan>>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                runs.add(pool.submit(() -> splitter.split(text)));
            }
            for (Future<List<SentenceSpan>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void paragraphsStartAfterABlankLineButNotAfterALineBreak() {
        String text = "Jobs rose 5%. Wages fell.\nPrices rose 2%.\n\nThe council met.";
        List<SentenceSpan> spans = splitter.split(text);
        assertEquals(4, spans.size());
        assertArrayEquals(new boolean[] {true, false, false, true}, SentenceSplitter.paragraphStarts(text, spans));
    }
}

package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Spotting follows the article's language: English as fitted, any other language split by its rules and scored on neutral cues. */
class ClaimSpotterLanguageTest {

    /** The reasons the neutral cues give, and the boilerplate rule, which reads no English words either. */
    private static final Set<String> NEUTRAL_REASONS = Set.of("quantity", "percentage", "money", "date", "comparison",
            "quotation", "question", "boilerplate");

    private final ClaimSpotter spotter = new ClaimSpotter();

    @Test
    void anEnglishTagOrNoneSpotsExactlyAsBefore() throws IOException {
        String text = SentenceSplitterTest.resource("jobs-report.md");
        List<SpottedSentence> plain = spotter.spot(text);
        for (String tag : new String[] {null, "", "en", "en-GB"}) {
            assertEquals(plain, spotter.spot(text, tag), String.valueOf(tag));
        }
    }

    @Test
    void aSpanishArticleIsRankedOnNeutralCuesAlone() {
        List<SpottedSentence> spotted = spotter.spot(LanguageSamples.SPANISH, "es");
        assertEquals(3, spotted.size());
        for (SpottedSentence s : spotted) {
            assertTrue(NEUTRAL_REASONS.containsAll(s.reasons()), s.reasons().toString());
        }
        assertTrue(spotted.get(0).score() > spotted.get(2).score(), "the budget figures rank above the criticism");
        assertTrue(spotted.get(0).reasons().contains("percentage"), spotted.get(0).reasons().toString());
    }

    @Test
    void anArabicArticleSplitsIntoItsFourSentencesAndItsQuestionRanksLast() {
        List<SpottedSentence> spotted = spotter.spot(LanguageSamples.ARABIC, "ar");
        assertEquals(4, spotted.size());
        SpottedSentence question = spotted.get(2);
        assertEquals("هل تكفي هذه الخطوة؟", question.text());
        assertTrue(spotted.get(0).reasons().contains("quantity"), spotted.get(0).reasons().toString());
        for (SpottedSentence s : spotted) {
            assertTrue(s == question || s.score() > question.score(), s.text());
        }
    }

    @Test
    void englishWordsMoveNothingOnceTheLanguageIsAnother() {
        double promise = spotter.scoreOf("We will cut taxes for every family, the minister said.", "es");
        double nothing = spotter.scoreOf("Hace sol.", "es");
        assertEquals(nothing, promise, "no sign, digit or quotation mark in either");
        assertTrue(spotter.scoreOf("El paro bajó un 12 % en 2024.", "es") > nothing);
    }
}

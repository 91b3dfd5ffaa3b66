package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Scores and reasons: statistics above opinions, greetings and boilerplate. */
class CheckWorthinessScorerTest {

    private static final String TRADE = "Trade between the two countries rose 18% last year to $41.2 billion, the highest level on record, "
            + "Velorian customs data show.";
    private static final String GAS = "Ardent now buys 62 per cent of Veloria's natural gas exports, up from 35 per cent in 2019.";
    private static final String UNEMPLOYMENT = "Unemployment in Veloria's border provinces has fallen to 6.1%, its lowest since 2008, "
            + "Marsh told reporters, crediting cross-border trade.";
    private static final String EMPLOYMENT = "According to the National Statistics Office, employment rose by 214,000 between the first "
            + "quarter of 2024 and the last quarter of 2025.";
    private static final String PENSIONS = "Pensions rose 4.5% in 2025, after 6.7% in 2023 under the previous government.";
    private static final String FRIENDLY = "Hale described the talks as \"open and friendly\" and stressed Ardent's \"neutral position\" on the dispute.";
    private static final String OPINIONS = "Some sentences are opinions and not checkable: the minister called the budget \"bold and fair,\" "
            + "and said he was \"proud of the team.\"";
    private static final String GREETING = "Good evening, and welcome to tonight's debate.";
    private static final String THANKS = "Thank you very much.";
    private static final String OPINION = "I think this is a wonderful city and we should be proud of it.";
    private static final String PROCEDURAL = "Let's move on to the next question.";

    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer();

    private double score(String s) {
        return scorer.score(s).score();
    }

    @Test
    void scoresStayBetweenZeroAndOne() {
        for (String s : List.of(TRADE, GREETING, "", "?", "1 2 3 4 5 6 7 8 9 10 % $ billion million record highest")) {
            double v = score(s);
            assertTrue(v >= 0 && v <= 1, s + " scored " + v);
        }
    }

    @Test
    void statisticalSentencesOutrankOpinionsAndGreetings() {
        for (String stat : List.of(TRADE, GAS, UNEMPLOYMENT, EMPLOYMENT, PENSIONS)) {
            for (String low : List.of(FRIENDLY, OPINIONS, GREETING, THANKS, OPINION, PROCEDURAL)) {
                assertTrue(score(stat) > score(low), "expected \"" + stat + "\" (" + score(stat) + ") above \"" + low + "\" (" + score(low) + ")");
            }
        }
    }

    @Test
    void greetingsAndProceduralTalkScoreBelowAPlainStatement() {
        String plain = "The committee approved the new harbour rules.";
        for (String low : List.of(GREETING, THANKS, PROCEDURAL)) {
            assertTrue(score(low) < score(plain), low);
        }
    }

    @Test
    void reasonsNameTheCuesFound() {
        List<String> trade = scorer.score(TRADE).reasons();
        assertTrue(trade.containsAll(List.of("percentage", "quantity", "money", "superlative", "statistics")), trade.toString());
        assertTrue(scorer.score(EMPLOYMENT).reasons().contains("attribution"));
        assertTrue(scorer.score(GREETING).reasons().contains("greeting"));
        assertTrue(scorer.score("Is that really what you want to do tonight?").reasons().contains("question"));
        assertTrue(scorer.score(OPINION).reasons().contains("opinion"));
        assertTrue(scorer.score("Prices rose because the tariff doubled the cost of steel.").reasons().contains("causal language"));
    }

    @Test
    void bylinesCreditsAndCopyrightLinesScoreLow() {
        for (String s : List.of("© 2025 Northlight Daily. Sample text written for FactDesk; all names are fictional.",
                "J. OKAFOR/Meridian Wire via Northlight Images",
                "*By Priya Nandakumar · Published 12 Feb. 2026 · The Ledger (fictional sample)*")) {
            CheckWorthiness cw = scorer.score(s);
            assertTrue(cw.score() <= CheckWorthinessScorer.BOILERPLATE_CAP, s);
            assertEquals(List.of("boilerplate"), cw.reasons());
        }
    }

    @Test
    void captionParagraphsEndingInACreditAreBoilerplateWholeButATranscriptIsNot() {
        List<CheckWorthiness> caption = scorer.scoreAll(List.of("Nurses prepare 4,000 doses on Monday.", "Photo: R. Lind"),
                new boolean[] {true, false});
        assertEquals(List.of("boilerplate"), caption.get(0).reasons());
        List<String> transcript = new ArrayList<>(List.of("Photo: R. Lind"));
        for (int i = 0; i < 5; i++) {
            transcript.add("Unemployment fell to 4.2 percent last year.");
        }
        List<CheckWorthiness> inTranscript = scorer.scoreAll(transcript, new boolean[transcript.size()]);
        assertTrue(inTranscript.get(1).score() > CheckWorthinessScorer.BOILERPLATE_CAP, "a credit in a long run condemns only itself");
    }

    @Test
    void aSentenceBetweenTwoClaimsScoresHigherThanTheSameSentenceAlone() {
        String middle = "And that is what happened to the factories.";
        List<CheckWorthiness> between = scorer.scoreAll(List.of(TRADE, middle, UNEMPLOYMENT), new boolean[] {true, false, false});
        List<CheckWorthiness> apart = scorer.scoreAll(List.of(GREETING, middle, THANKS), new boolean[] {true, false, false});
        assertTrue(between.get(1).score() > apart.get(1).score(), between.get(1) + " vs " + apart.get(1));
    }
}

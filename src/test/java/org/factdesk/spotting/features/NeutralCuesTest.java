package org.factdesk.spotting.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Text in a language other than English is read for digits, signs and quotation marks only: every English-lexical
 * feature (words, word pairs, word classes and the cues that read words) is zero, whatever the sentence says.
 */
class NeutralCuesTest {

    private final FeatureExtractor extractor = FeatureExtractor.shipped();

    private static final List<String> SENTENCES = List.of(
            "Unemployment fell to 4 percent, according to the minister, who said it was the lowest since 2019.",
            "We will cut taxes for every family, and nobody can stop us!",
            "El paro bajó un 12,5 % desde 2024, según «fuentes oficiales».",
            "ارتفعت الأسعار ١٥٪ منذ عام ٢٠٢٣ بحسب الوزارة.",
            "Le prix a augmenté de +3 points, soit plus que prévu (< 5 %).",
            "La deuda supera los 350 millones de ₺ este año.",
            "هل تكفي هذه الخطوة؟",
            "¿Es cierto?");

    private double[] neutral(String sentence) {
        return extractor.extract(sentence, CueSet.LANGUAGE_NEUTRAL).dense();
    }

    private Set<Cue> fired(String sentence) {
        double[] v = neutral(sentence);
        return Set.copyOf(Arrays.stream(Cue.values()).filter(c -> v[c.ordinal()] != 0).toList());
    }

    @Test
    void onlyTheNeutralCuesCanBeSetAndNoWordIsRead() {
        for (String s : SENTENCES) {
            SentenceFeatures f = extractor.extract(s, CueSet.LANGUAGE_NEUTRAL);
            assertEquals(0, f.terms().length, s);
            for (int i = 0; i < f.dense().length; i++) {
                boolean neutralCue = i < Cue.values().length && CueSet.NEUTRAL_CUES.contains(Cue.values()[i]);
                if (!neutralCue) {
                    assertEquals(0.0, f.dense()[i], s + ": " + extractor.names().get(i));
                }
            }
        }
    }

    @Test
    void neutralCuesAreFoundFromCharactersInAnyLanguage() {
        assertEquals(Set.of(Cue.QUANTITY, Cue.PERCENTAGE, Cue.YEAR, Cue.QUOTATION), fired(SENTENCES.get(2)));
        assertEquals(Set.of(Cue.QUANTITY, Cue.PERCENTAGE, Cue.YEAR), fired(SENTENCES.get(3)), "Arabic-Indic digits and ٪");
        assertEquals(Set.of(Cue.QUANTITY, Cue.PERCENTAGE, Cue.COMPARISON), fired(SENTENCES.get(4)));
        assertEquals(Set.of(Cue.QUANTITY, Cue.MONEY), fired(SENTENCES.get(5)), "₺ is a currency sign");
        assertEquals(Set.of(Cue.QUESTION), fired(SENTENCES.get(6)), "the Arabic question mark");
        assertEquals(Set.of(Cue.QUESTION), fired(SENTENCES.get(7)));
    }

    @Test
    void englishWordsCountForNothingInTheNeutralReading() {
        assertEquals(Set.of(Cue.QUANTITY, Cue.YEAR), fired(SENTENCES.get(0)),
                "percent, according, said and lowest are English words");
        assertEquals(Set.of(), fired(SENTENCES.get(1)), "a promise in words, not in signs");
    }

    @Test
    void readingAllCuesIsThePlainEnglishExtraction() {
        for (String s : SENTENCES) {
            SentenceFeatures all = extractor.extract(s, CueSet.ALL);
            SentenceFeatures plain = extractor.extract(s);
            assertArrayEquals(plain.dense(), all.dense(), s);
            assertArrayEquals(plain.terms(), all.terms(), s);
        }
    }
}

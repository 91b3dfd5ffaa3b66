package org.factdesk.spotting.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The cues and word classes fire on the patterns they are named after, from the text alone. */
class FeatureExtractorTest {

    private final FeatureExtractor extractor = FeatureExtractor.shipped();

    private double cue(String sentence, Cue cue) {
        return extractor.extract(sentence).dense()[FeatureExtractor.index(cue)];
    }

    private double wordClass(String sentence, String name) {
        return extractor.extract(sentence).dense()[extractor.names().indexOf("c:" + name)];
    }

    @Test
    void numbersUnitsAndDecimalsAreRead() {
        String s = "Exports rose 4.5 percent to 12 million tons in 2019.";
        for (Cue c : List.of(Cue.QUANTITY, Cue.DECIMAL, Cue.NUMBER_UNIT, Cue.PERCENTAGE, Cue.YEAR, Cue.CHANGE)) {
            assertEquals(1.0, cue(s, c), c.name());
        }
        assertEquals(0.0, cue("We met in the morning.", Cue.QUANTITY));
    }

    @Test
    void promisesNeedAFirstPersonSpeakerAndTheFuture() {
        assertEquals(1.0, cue("We will cut taxes for every family.", Cue.PROMISE));
        assertEquals(1.0, cue("I'll bring those jobs back.", Cue.PROMISE));
        assertEquals(1.0, cue("We're going to build it.", Cue.PROMISE));
        assertEquals(0.0, cue("The company will report on Friday.", Cue.PROMISE));
    }

    @Test
    void deedsToldAboutOthersAndThePerfectTenseAreRead() {
        assertEquals(1.0, cue("She deleted the emails.", Cue.THIRD_PERSON_DEED));
        assertEquals(1.0, cue("He took the money.", Cue.THIRD_PERSON_DEED));
        assertEquals(1.0, cue("They have doubled the debt.", Cue.PERFECT));
        assertEquals(0.0, cue("He is a good man.", Cue.THIRD_PERSON_DEED));
    }

    @Test
    void hedgesQuestionsStageDirectionsAndBrokenSpeechAreRead() {
        assertTrue(cue("Maybe it could probably work.", Cue.HEDGE) > 0);
        assertEquals(1.0, cue("Is that what you want?", Cue.QUESTION));
        assertEquals(1.0, cue("(APPLAUSE)", Cue.STAGE));
        assertEquals(1.0, cue("and then they left the country.", Cue.CONTINUATION));
        assertEquals(1.0, cue("Well, we're gonna --", Cue.INTERRUPTED));
        assertEquals(1.0, cue("NAFTA was signed in 1994.", Cue.ACRONYM));
    }

    @Test
    void domainWordClassesComeFromTheDataFile() {
        assertTrue(wordClass("Hospital admissions for the virus rose.", "health") > 0);
        assertTrue(wordClass("The border wall will stop illegal immigration.", "immigration") > 0);
        assertEquals(0.0, wordClass("The weather was fine.", "crime"));
    }

    @Test
    void neighboursLandInTheirOwnBlocksAndParagraphsAreKeptApart() {
        SentenceFeatures a = extractor.extract("Thank you.");
        SentenceFeatures b = extractor.extract("Jobs rose 5%.");
        SentenceFeatures c = extractor.extract("Is that right?");
        double[][] x = ContextFeatures.of(List.of(a, b, c), new boolean[] {true, false, true});
        List<String> names = ContextFeatures.names(extractor.names());
        assertEquals(names.size(), x[1].length);
        assertEquals(1.0, x[1][names.indexOf("p:" + Cue.GREETING.feature())]);
        assertEquals(0.0, x[1][names.indexOf("n:" + Cue.QUESTION.feature())], "the question opens a new paragraph");
        assertEquals(1.0, x[1][names.indexOf(ContextFeatures.RUN_LAST)]);
        assertEquals(1.0, x[2][names.indexOf(ContextFeatures.RUN_FIRST)]);
    }

    @Test
    void aBrokenWordListFailsLoudly() {
        byte[] bad = "economy jobs\n[class economy]\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> WordClasses.read(new ByteArrayInputStream(bad)));
        assertThrows(IllegalStateException.class, () -> WordClasses.shipped().section("no-such-list"));
    }
}

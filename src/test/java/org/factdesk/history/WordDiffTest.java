package org.factdesk.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The word diff on its own: words, not letters or lines, and nothing a person typed reaches the page unescaped. */
class WordDiffTest {

    private static String html(String before, String after) {
        return WordDiff.html(before, after).getValue();
    }

    @Test
    void changedWordIsStruckThroughAndTheNewOneInserted() {
        assertEquals("Unemployment <del>fell</del><ins>rose</ins> to 3.1% in May.",
                html("Unemployment fell to 3.1% in May.", "Unemployment rose to 3.1% in May."));
    }

    @Test
    void wholeWordsChangeNotLetters() {
        assertEquals("Taxes rose <del>4%</del><ins>5%</ins> in 2025.", html("Taxes rose 4% in 2025.",
                "Taxes rose 5% in 2025."));
    }

    @Test
    void addedAndRemovedWordsStandAlone() {
        assertEquals("Fares <ins>nearly </ins>doubled.", html("Fares doubled.", "Fares nearly doubled."));
        assertEquals("Fares <del>nearly </del>doubled.", html("Fares nearly doubled.", "Fares doubled."));
    }

    @Test
    void neighbouringChangesSeparatedOnlyBySpaceReadAsOnePhrase() {
        assertEquals("The <del>rate fell</del><ins>figure rose</ins> in May.",
                html("The rate fell in May.", "The figure rose in May."));
    }

    @Test
    void changesFarApartStaySeparate() {
        assertEquals("<del>Taxes</del><ins>Fees</ins> rose 4% in <del>2025.</del><ins>2024.</ins>",
                html("Taxes rose 4% in 2025.", "Fees rose 4% in 2024."));
    }

    @Test
    void everyPieceIsEscaped() {
        String diff = html("Say <b>\"hi\"</b> & 'bye'", "Say <script>alert(1)</script> & 'bye'");
        assertEquals("Say <del>&lt;b&gt;&quot;hi&quot;&lt;/b&gt;</del><ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>"
                + " &amp; &#39;bye&#39;", diff);
    }

    @Test
    void fromNothingEverythingIsAddedAndToNothingEverythingRemoved() {
        assertEquals("<ins>First draft.</ins>", html(null, "First draft."));
        assertEquals("<del>Old summary.</del>", html("Old summary.", ""));
        assertEquals("", html(null, null));
    }

    @Test
    void equalTextsHaveNoMarks() {
        assertEquals("Same words, same spaces.", html("Same words, same spaces.", "Same words, same spaces."));
    }

    @Test
    void lineBreaksAndSpacingAreKept() {
        assertEquals("One.\n\nTwo <del>three.</del><ins>four.</ins>", html("One.\n\nTwo three.", "One.\n\nTwo four."));
    }

    @Test
    void tokensAreWordsAndTheSpaceBetweenThem() {
        assertEquals(List.of("Fares", " ", "doubled,", "\n ", "said", " ", "Hale."),
                WordDiff.tokens("Fares doubled,\n said Hale."));
    }

    @Test
    void aRewriteOfALongTextIsOneRemovalAndOneAddition() {
        String before = "alpha ".repeat(WordDiff.MAX_DIFF_TOKENS);
        String after = "omega ".repeat(WordDiff.MAX_DIFF_TOKENS);
        String diff = html("Start " + before + "end.", "Start " + after + "end.");
        assertTrue(diff.startsWith("Start <del>alpha"), diff.substring(0, 40));
        assertEquals(1, diff.split("<del>", -1).length - 1);
        assertEquals(1, diff.split("<ins>", -1).length - 1);
        assertTrue(diff.endsWith("</ins> end."), diff.substring(diff.length() - 40));
    }
}

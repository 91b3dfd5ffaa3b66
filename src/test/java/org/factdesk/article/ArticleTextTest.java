package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The canonical body form that claim offsets depend on, and strict UTF-8 decoding of uploads. */
class ArticleTextTest {

    @Test
    void lineEndsBecomeLineFeeds() {
        assertEquals("one\ntwo\nthree", ArticleText.normalise("one\r\ntwo\rthree"));
    }

    @Test
    void leadingByteOrderMarkIsDropped() {
        assertEquals("Headline", ArticleText.normalise("\uFEFFHeadline"));
    }

    @Test
    void controlCharactersGoButTabsAndLineFeedsStay() {
        assertEquals("a\tb\ncd", ArticleText.normalise("a\tb\u0000\n\u0007c\u001Bd\u000B"));
    }

    @Test
    void textIsComposedToNfc() {
        String decomposed = "Zoe\u0308 A\u030Angstro\u0308m";
        assertEquals("Zo\u00EB \u00C5ngstr\u00F6m", ArticleText.normalise(decomposed));
    }

    @Test
    void trailingSpacesAreTrimmedButIndentationStays() {
        assertEquals("one\n  two\nthree", ArticleText.normalise("one   \n  two\t \nthree\u00A0"));
    }

    @Test
    void manyBlankLinesCollapseToOne() {
        assertEquals("one\n\ntwo\n\nthree", ArticleText.normalise("one\n\n\n\n\ntwo\n \n\t\n\nthree"));
    }

    @Test
    void blankLinesAtTheEndsAreRemoved() {
        assertEquals("body", ArticleText.normalise("\n\n   \nbody\n\n \n"));
    }

    @Test
    void emptyAndNullGiveEmptyText() {
        assertEquals("", ArticleText.normalise(null));
        assertEquals("", ArticleText.normalise(" \n\r\n\t"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String messy = "\uFEFF\r\n  Title \r\n\r\n\r\n\r\nBody e\u0301\u0000 text\u2028next\u2029last  \n\n";
        String once = ArticleText.normalise(messy);
        assertEquals(once, ArticleText.normalise(once));
        assertEquals("  Title\n\nBody \u00E9 text\nnext\n\nlast", once);
    }

    @Test
    void validUtf8IsDecoded() {
        byte[] bytes = "£12 million — café 🙂".getBytes(StandardCharsets.UTF_8);
        assertEquals("£12 million — café 🙂", ArticleText.decodeUtf8Strict(bytes));
    }

    @Test
    void malformedUtf8IsRefusedWithAClearMessage() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleText.decodeUtf8Strict(latin1));
        assertEquals("The file is not valid UTF-8 text.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ArticleText.decodeUtf8Strict(new byte[] {'a', (byte) 0xE2, (byte) 0x82}));
    }
}

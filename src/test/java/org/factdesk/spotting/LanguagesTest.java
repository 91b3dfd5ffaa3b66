package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Language tags as typed or guessed: which are English, which run right to left, and how they are named. */
class LanguagesTest {

    @Test
    void englishAndUnknownAreReadAsEnglish() {
        for (String tag : new String[] {null, "", "  ", "en", "EN", "en-GB", "en_us", "english", "12"}) {
            assertTrue(Languages.readAsEnglish(tag), String.valueOf(tag));
        }
        for (String tag : new String[] {"es", "pt-BR", "ar", "zh-CN", "de"}) {
            assertFalse(Languages.readAsEnglish(tag), tag);
        }
    }

    @Test
    void tagsAreSpelledAsHtmlWantsThem() {
        assertEquals(Optional.of("pt-BR"), Languages.standardTag("pt_br"));
        assertEquals(Optional.of("es"), Languages.standardTag(" ES "));
        assertEquals(Optional.of("zh-CN"), Languages.standardTag("zh-CN"));
        assertEquals(Optional.empty(), Languages.standardTag("english"));
        assertEquals(Optional.empty(), Languages.standardTag(null));
    }

    @Test
    void arabicHebrewPersianAndUrduRunRightToLeft() {
        for (String tag : new String[] {"ar", "he", "iw", "fa", "ur", "ar-EG", "fa-IR"}) {
            assertTrue(Languages.rightToLeft(tag), tag);
        }
        for (String tag : new String[] {"en", "es", "tr", "zh-CN", "", null}) {
            assertFalse(Languages.rightToLeft(tag), String.valueOf(tag));
        }
    }

    @Test
    void languagesAreNamedInEnglish() {
        assertEquals(Optional.of("Spanish"), Languages.englishName("es-MX"));
        assertEquals(Optional.of("Arabic"), Languages.englishName("ar"));
        assertEquals(Optional.of("Hebrew"), Languages.englishName("he"));
        assertEquals(Optional.empty(), Languages.englishName(""));
    }
}

package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Choosing one of our languages from a stored tag or a browser's Accept-Language. */
class LanguageTest {

    @Test
    void theBrowsersFirstLanguageWeHaveWinsByItsPrimaryLanguage() {
        assertEquals(Optional.of(Language.FRENCH), Language.bestFor("fr-CH, fr;q=0.9, en;q=0.8"));
        assertEquals(Optional.of(Language.FRENCH), Language.bestFor("de, fr;q=0.5, en;q=0.4"));
        assertEquals(Optional.of(Language.SPANISH), Language.bestFor("es-419"));
        assertEquals(Optional.of(Language.SPANISH), Language.bestFor("en;q=0, es"));
        assertEquals(Optional.of(Language.PORTUGUESE_BRAZIL), Language.bestFor("pt-PT"), "pt-PT reads pt-BR");
        assertEquals(Optional.of(Language.PORTUGUESE_BRAZIL), Language.bestFor("pt"));
        assertEquals(Optional.of(Language.ENGLISH), Language.bestFor("en-GB,en;q=0.9"));
    }

    @Test
    void noneOfOursOrNothingReadableGivesNone() {
        assertEquals(Optional.empty(), Language.bestFor(null));
        assertEquals(Optional.empty(), Language.bestFor(""));
        assertEquals(Optional.empty(), Language.bestFor("*"));
        assertEquals(Optional.empty(), Language.bestFor("de-DE, ja"));
        assertEquals(Optional.empty(), Language.bestFor(";;;q=abc"));
        assertEquals(Optional.empty(), Language.bestFor("fr;q=0.5,".repeat(500)));
    }

    @Test
    void storedTagsAreReadExactly() {
        assertEquals(Optional.of(Language.PORTUGUESE_BRAZIL), Language.ofTag("pt-BR"));
        assertEquals(Optional.of(Language.PORTUGUESE_BRAZIL), Language.ofTag("pt_br"));
        assertEquals(Optional.of(Language.SPANISH), Language.ofTag(" es "));
        assertEquals(Optional.empty(), Language.ofTag("pt"));
        assertEquals(Optional.empty(), Language.ofTag("es\u0000"));
        assertEquals(Optional.empty(), Language.ofTag(null));
    }

    @Test
    void anUnreadableAcceptLanguageIsDroppedBeforeAnyResourceSeesIt() {
        assertEquals(true, HttpFilters.readableAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.1"));
        assertEquals(true, HttpFilters.readableAcceptLanguage(null));
        assertEquals(false, HttpFilters.readableAcceptLanguage("fr;q=0.5,"));
        assertEquals(false, HttpFilters.readableAcceptLanguage(";;;q=abc,*;q=-1"));
        assertEquals(false, HttpFilters.readableAcceptLanguage("fr;q=2"));
        assertEquals(false, HttpFilters.readableAcceptLanguage("fr, en".repeat(300)));
    }
}

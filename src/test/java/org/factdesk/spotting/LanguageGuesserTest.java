package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The language of a body is guessed offline when there is enough of it, and left unknown when there is not. */
class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void newsParagraphsAreRecognised() {
        assertEquals(Optional.of("es"), guesser.guess(LanguageSamples.SPANISH));
        assertEquals(Optional.of("fr"), guesser.guess(LanguageSamples.FRENCH));
        assertEquals(Optional.of("pt"), guesser.guess(LanguageSamples.PORTUGUESE));
        assertEquals(Optional.of("ar"), guesser.guess(LanguageSamples.ARABIC));
        assertEquals(Optional.of("en"), guesser.guess(LanguageSamples.ENGLISH));
    }

    @Test
    void tooLittleTextStaysUnknown() {
        assertEquals(Optional.empty(), guesser.guess("Hola a todos, ¿qué tal?"));
        assertEquals(Optional.empty(), guesser.guess("Prices rose 5% in March."));
        assertEquals(Optional.empty(), guesser.guess("12 345 678 — 2024 / 2025 ... 99 % (3,5) " + "7 ".repeat(200)));
        assertEquals(Optional.empty(), guesser.guess(null));
        assertTrue(LanguageSamples.SPANISH.codePoints().filter(Character::isLetter).count() >= LanguageGuesser.MIN_LETTERS,
                "the samples are long enough to be guessed");
    }

    @Test
    void aLongBodyIsJudgedByItsStart() {
        String longSpanish = (LanguageSamples.SPANISH + "\n\n").repeat(400);
        assertTrue(longSpanish.length() > LanguageGuesser.MAX_CHARS);
        assertEquals(Optional.of("es"), guesser.guess(longSpanish));
    }
}

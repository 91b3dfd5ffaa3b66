package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates and times in the reader's language and zone, around midnight where the zone and UTC disagree on the day. */
class FormatsTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Locale PT_BR = Language.PORTUGUESE_BRAZIL.locale();

    @Test
    void englishInUtcReadsAsItAlwaysDid() {
        assertEquals("4 March 2026", Formats.day(LocalDate.of(2026, 3, 4), Locale.ENGLISH));
        assertEquals("4 Mar 2026, 14:05 UTC", Formats.moment(Instant.parse("2026-03-04T14:05:00Z"), Locale.ENGLISH,
                DeskClock.UTC));
    }

    @Test
    void justAfterMidnightUtcIsStillTheDayBeforeInSaoPaulo() {
        Instant instant = Instant.parse("2026-03-05T02:30:00Z");
        assertEquals("4 de mar. de 2026 23:30 BRT", Formats.moment(instant, PT_BR, SAO_PAULO));
        assertEquals("4 Mar 2026, 23:30 BRT", Formats.moment(instant, Locale.ENGLISH, SAO_PAULO));
        assertEquals("5 Mar 2026, 02:30 UTC", Formats.moment(instant, Locale.ENGLISH, DeskClock.UTC));
    }

    @Test
    void justBeforeMidnightUtcIsAlreadyTheNextDayInParis() {
        Instant instant = Instant.parse("2026-03-05T23:30:00Z");
        assertEquals("6 mars 2026 00:30 CET", Formats.moment(instant, Locale.FRENCH, PARIS));
        assertEquals("6 Mar 2026, 00:30 CET", Formats.moment(instant, Locale.ENGLISH, PARIS));
        assertEquals("6 mar 2026 0:30 CET", Formats.moment(instant, Language.SPANISH.locale(), PARIS));
    }

    @Test
    void aDateIsACalendarDateInEveryLanguage() {
        LocalDate due = LocalDate.of(2026, 3, 5);
        assertEquals("5 de marzo de 2026", Formats.day(due, Language.SPANISH.locale()));
        assertEquals("5 mars 2026", Formats.day(due, Locale.FRENCH));
        assertEquals("5 de março de 2026", Formats.day(due, PT_BR));
        assertEquals("", Formats.day(null, PT_BR));
        assertEquals("", Formats.moment(null, PT_BR, PARIS));
    }

    @Test
    void aChartsDayAndMonthAreAbbreviatedInTheReadersLanguage() {
        LocalDate monday = LocalDate.of(2026, 9, 14);
        assertEquals("14 Sep", Formats.dayMonth(monday, Locale.ENGLISH));
        assertEquals("14 sept", Formats.dayMonth(monday, Language.SPANISH.locale()));
        assertEquals("14 sept.", Formats.dayMonth(monday, Locale.FRENCH));
        assertEquals("14 set.", Formats.dayMonth(monday, PT_BR));
        assertEquals("", Formats.dayMonth(null, PT_BR));
    }
}

package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A claim due on 5 March is overdue from 00:00 on 6 March in the desk's zone, not in UTC's. */
class DeskClockTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 5);

    @AfterEach
    void realClock() {
        DeskClock.use(Clock.systemUTC());
    }

    @Test
    void inSaoPauloTheDayEndsThreeHoursAfterUtcs() {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        assertFalse(DeskClock.isOverdue(DUE, Instant.parse("2026-03-06T02:59:59Z"), zone),
                "23:59:59 on 5 March in São Paulo");
        assertTrue(DeskClock.isOverdue(DUE, Instant.parse("2026-03-06T03:00:00Z"), zone),
                "00:00 on 6 March in São Paulo");
        assertTrue(DeskClock.isOverdue(DUE, Instant.parse("2026-03-06T02:59:59Z"), DeskClock.UTC),
                "UTC is already on 6 March");
    }

    @Test
    void inParisTheDayEndsAnHourBeforeUtcs() {
        ZoneId zone = ZoneId.of("Europe/Paris");
        assertFalse(DeskClock.isOverdue(DUE, Instant.parse("2026-03-05T22:59:59Z"), zone));
        assertTrue(DeskClock.isOverdue(DUE, Instant.parse("2026-03-05T23:00:00Z"), zone));
        assertFalse(DeskClock.isOverdue(DUE, Instant.parse("2026-03-05T23:00:00Z"), DeskClock.UTC),
                "UTC is still on 5 March");
        assertEquals(LocalDate.of(2026, 3, 6), DeskClock.today(Instant.parse("2026-03-05T23:00:00Z"), zone));
    }

    @Test
    void todayAndOverdueReadTheClockInTheDesksZone() {
        // Without a running desk the zone is UTC.
        DeskClock.use(Clock.fixed(Instant.parse("2026-03-05T23:59:59Z"), DeskClock.UTC));
        assertEquals(DUE, DeskClock.today());
        assertFalse(DeskClock.isOverdue(DUE));
        DeskClock.use(Clock.fixed(Instant.parse("2026-03-06T00:00:00Z"), DeskClock.UTC));
        assertTrue(DeskClock.isOverdue(DUE));
        assertFalse(DeskClock.isOverdue(null));
    }
}

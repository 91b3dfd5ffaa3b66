package org.factdesk.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import io.quarkus.arc.InstanceHandle;

/**
 * "Today" at the desk: the date in the desk's time zone ({@link DeskPreferences#zone}). Due dates are plain dates
 * in that calendar, so a claim due on 5 March is overdue from 00:00 on 6 March where the desk works, whatever zone
 * the server or the reader is in. Every check that means "today at the desk" asks here.
 */
public final class DeskClock {

    /** UTC by its name, so times in it read "14:05 UTC" (the offset {@code Z} would read "14:05 Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static volatile Clock clock = Clock.systemUTC();
    private static final PerContainer<Optional<DeskPreferences>> DESK = new PerContainer<>(container -> {
        InstanceHandle<DeskPreferences> preferences = container.instance(DeskPreferences.class);
        return preferences.isAvailable() ? Optional.of(preferences.get()) : Optional.empty();
    });

    private DeskClock() {
    }

    /** Today's date in the desk's zone. */
    public static LocalDate today() {
        return today(clock.instant(), zone());
    }

    /** The date at {@code now} in {@code zone}. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** Due before today at the desk. */
    public static boolean isOverdue(LocalDate due) {
        return isOverdue(due, clock.instant(), zone());
    }

    /** Due before the date that {@code now} is in {@code zone}: overdue from the first instant of the next day. */
    public static boolean isOverdue(LocalDate due, Instant now, ZoneId zone) {
        return due != null && due.isBefore(today(now, zone));
    }

    /**
     * The desk's zone; UTC where no desk is running (plain unit tests). The preferences bean is looked up once per
     * container: a list asks on every row whether the claim is overdue.
     */
    public static ZoneId zone() {
        Optional<DeskPreferences> preferences = DESK.get();
        return preferences == null ? DeskClock.UTC : preferences.map(DeskPreferences::zone).orElse(DeskClock.UTC);
    }

    /** Sets the clock every "today" is read from; tests fix it, the application never changes it. */
    static void use(Clock fixed) {
        clock = fixed;
    }
}

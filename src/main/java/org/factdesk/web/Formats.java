package org.factdesk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How dates and times read on the pages: "4 March 2026", "4 Mar 2026, 14:05 UTC". */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Formats() {
    }

    static String human(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String human(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    @TemplateExtension(matchName = "short")
    static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Public so pages and notifications word dates the same way. */
    public static String day(LocalDate date) {
        return human(date);
    }
}

package org.factdesk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * How dates and times read on the pages, in the reader's language and time zone (the template attributes that
 * {@link LocalizedTemplates} sets). English keeps the desk's own style, "4 March 2026" and "4 Mar 2026, 14:05
 * UTC"; other languages use their locale's long date and medium date-time, "4 de marzo de 2026", "4 mars 2026
 * 14:05 CET". A time always names its zone. Dates (due dates, claim dates) are calendar dates and never shift.
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private Formats() {
    }

    static String human(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return day(date, localeOf(locale));
    }

    static String human(Instant instant, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute(LocalizedTemplates.ZONE) Object zone) {
        return moment(instant, localeOf(locale), zoneOf(zone));
    }

    @TemplateExtension(matchName = "short")
    static String shortDay(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return dayMonth(date, localeOf(locale));
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A date in English, as pages word it; public so notifications and the history read the same. */
    public static String day(LocalDate date) {
        return day(date, Locale.ENGLISH);
    }

    /** A date as a reader of {@code locale} reads it: "4 March 2026", "4 de marzo de 2026". */
    public static String day(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return isEnglish(locale) ? ENGLISH_DAY.format(date)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A day and month as a reader of {@code locale} abbreviates them: "4 Mar", "4 mar", "4 mars". */
    public static String dayMonth(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM", locale).format(date);
    }

    /** An instant in {@code zone} as a reader of {@code locale} reads it, with the zone's short name. */
    public static String moment(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        if (isEnglish(locale)) {
            return ENGLISH_MOMENT.withZone(zone).format(instant);
        }
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        return local.format(instant) + " " + DateTimeFormatter.ofPattern("z", locale).withZone(zone).format(instant);
    }

    private static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    private static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    private static ZoneId zoneOf(Object attribute) {
        if (attribute instanceof ZoneId zone) {
            return zone;
        }
        return attribute == null ? DeskClock.UTC : Localization.zoneOf(attribute.toString()).orElse(DeskClock.UTC);
    }
}

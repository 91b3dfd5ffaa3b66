package org.factdesk.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a typed date (a filter, a due date, a publication date): {@code YYYY-MM-DD} with a year from
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Java's own parser takes {@code +999999999-12-31}, which then overflows
 * in every conversion to an instant; nothing outside the range gets past here.
 */
public final class DateInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** Why a typed date was not taken; the message is written for the person who typed it. */
    public static class InvalidDateException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** A real date, but outside the years FactDesk takes. */
        public final boolean outOfRange;

        InvalidDateException(String message, boolean outOfRange) {
            super(message);
            this.outOfRange = outOfRange;
        }
    }

    private DateInput() {
    }

    /** The date typed, or null when nothing was typed. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidDateException(text().dateFormat(), false);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidDateException(text().dateYears(FIRST_YEAR, LAST_YEAR), true);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidDateException(text().dateNoSuchDay(), false);
        }
    }

    /** The messages in the language of the response being written (a date is checked in static code). */
    private static AppMessages text() {
        return Localization.messages(AppMessages.class, Localization.ofCurrentRequest());
    }

    /** The date typed, or null when nothing was typed or it was not a date (then the message is added for field). */
    public static LocalDate read(String value, String field, FormErrors errors) {
        try {
            return parse(value);
        } catch (InvalidDateException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }
}

package org.factdesk.web;

import jakarta.ws.rs.BadRequestException;

/**
 * The one reading of {@code page} and {@code size} parameters, for pages and the API alike: whole numbers in a range
 * where {@code page × size} always fits, so no list can be asked for an offset that overflows. Anything else is a
 * 400 that says what is accepted.
 */
public record Paging(int page, int size) {

    /** Largest page size the API serves; larger requests get this many. */
    public static final int MAX_SIZE = 200;

    /** Highest page number accepted: {@code MAX_PAGE × MAX_SIZE} stays far below {@link Integer#MAX_VALUE}. */
    public static final int MAX_PAGE = 1_000_000;

    /** Reads a page number alone (from 0; absent means 0), for lists that clamp it to their last page. */
    public static int pageNumber(String page) {
        return number(page, MAX_PAGE, "page must be a whole number from 0 to " + MAX_PAGE + ".");
    }

    /**
     * Reads page and size as sent to the API: an absent or zero size means {@code defaultSize}, a size over
     * {@link #MAX_SIZE} is served as {@link #MAX_SIZE}.
     */
    public static Paging of(String page, String size, int defaultSize) {
        int requested = number(size, Integer.MAX_VALUE,
                "size must be a whole number; 0 means the default, and at most " + MAX_SIZE + " rows are served.");
        int pageSize = requested == 0 ? defaultSize : Math.min(requested, MAX_SIZE);
        return new Paging(pageNumber(page), pageSize);
    }

    /** A whole number from 0 to {@code max}; absent or blank means 0. */
    private static int number(String text, int max, String rule) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String value = text.strip();
        if (value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(value) > max) {
            throw new BadRequestException(rule);
        }
        return Integer.parseInt(value);
    }
}

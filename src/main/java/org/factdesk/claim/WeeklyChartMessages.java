package org.factdesk.claim;

import java.time.DayOfWeek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the dashboard's "Published per week" chart (its accessible name, each bar's text alternative and
 * the line under it), in English; {@code messages/weekly_<tag>.properties} holds each other language.
 */
@MessageBundle("weekly")
public interface WeeklyChartMessages {

    @Message("Verdicts published per week, last {weeks} weeks")
    String title(int weeks);

    @Message("week of {week}: {count} {#if count == 1}verdict{#else}verdicts{/if}")
    String bar(String week, long count);

    /** {@code day} is the first day of the week, {@code dayName} its name in this language. */
    @Message("{total} {#if total == 1}verdict{#else}verdicts{/if} published in the last {weeks} weeks (weeks start "
            + "on {dayName}, {zone} time).")
    String total(long total, int weeks, DayOfWeek day, String dayName, String zone);
}

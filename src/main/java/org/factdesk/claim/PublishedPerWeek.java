package org.factdesk.claim;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;

/**
 * The dashboard's publication chart: verdicts approved per week of the desk's calendar, counted in one query and
 * reused for a while.
 */
@ApplicationScoped
public class PublishedPerWeek {

    /** One bar of the publication chart: the day that starts the week and the verdicts approved in it. */
    public record WeekCount(LocalDate weekOf, long count) {
    }

    /** How long the weekly publication counts are reused: the chart need not be live, and it reads many verdicts. */
    static final Duration WEEKLY_FOR = Duration.ofSeconds(30);

    /** Few answers are asked for at once (one zone, a first day or two), so a handful are kept. */
    private static final int KEPT = 8;

    private record Key(int weeks, LocalDate today, ZoneId zone, DayOfWeek firstDay) {
    }

    private record Weekly(long until, List<WeekCount> counts) {
    }

    private final Map<Key, Weekly> weekly = new ConcurrentHashMap<>();

    /**
     * The day a reader of {@code locale} starts the week on: the locale's own when it names a country (Brazil:
     * Sunday), else Monday (ISO 8601), since a language alone does not say (Spanish is read from Madrid, which
     * starts on Monday, to Mexico City, which starts on Sunday).
     */
    public static DayOfWeek firstDayFor(Locale locale) {
        return locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
    }

    /**
     * Verdicts approved in each of the last {@code weeks} weeks up to the one holding {@code today}, oldest first:
     * weeks start on {@code firstDay} at 00:00 in {@code zone} (the desk's), so a verdict approved late on Sunday
     * in São Paulo counts in that Sunday's week wherever the server runs. Counted in one query with one
     * conditional sum per week so the database does the work on any engine; the answer is reused for
     * {@link #WEEKLY_FOR}. Needs two weeks or more.
     */
    public List<WeekCount> of(int weeks, LocalDate today, ZoneId zone, DayOfWeek firstDay) {
        Key key = new Key(weeks, today, zone, firstDay);
        Weekly last = weekly.get(key);
        if (last != null && System.nanoTime() - last.until < 0) {
            return last.counts;
        }
        List<WeekCount> counts = countPublishedPerWeek(key);
        if (weekly.size() >= KEPT) {
            weekly.clear();
        }
        weekly.put(key, new Weekly(System.nanoTime() + WEEKLY_FOR.toNanos(), counts));
        return counts;
    }

    private static List<WeekCount> countPublishedPerWeek(Key key) {
        LocalDate thisWeek = key.today().with(TemporalAdjusters.previousOrSame(key.firstDay()));
        LocalDate first = thisWeek.minusWeeks(key.weeks() - 1L);
        StringBuilder select = new StringBuilder("select ");
        Parameters params = new Parameters();
        for (int i = 0; i <= key.weeks(); i++) {
            // Each week starts at the first instant of its first day in the zone (not always 00:00 in zones whose
            // clocks jump at midnight), so a week across a change of clocks is 167 or 169 hours long.
            params.and("w" + i, first.plusWeeks(i).atStartOfDay(key.zone()).toInstant());
        }
        for (int i = 0; i < key.weeks(); i++) {
            select.append(i == 0 ? "" : ", ").append("sum(case when v.approvedAt >= :w").append(i)
                    .append(" and v.approvedAt < :w").append(i + 1).append(" then 1 else 0 end)");
        }
        var query = Claim.getEntityManager().createQuery(select + " from Verdict v where v.approvedAt >= :w0",
                Object[].class);
        params.map().forEach(query::setParameter);
        Object[] sums = query.getSingleResult();
        List<WeekCount> result = new ArrayList<>();
        for (int i = 0; i < key.weeks(); i++) {
            Object sum = sums[i];
            result.add(new WeekCount(first.plusWeeks(i), sum == null ? 0 : ((Number) sum).longValue()));
        }
        return List.copyOf(result);
    }
}

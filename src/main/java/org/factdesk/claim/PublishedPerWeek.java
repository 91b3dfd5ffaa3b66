package org.factdesk.claim;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Parameters;

/** The dashboard's publication chart: verdicts approved per week, counted in one query and reused for a while. */
@ApplicationScoped
public class PublishedPerWeek {

    /** One bar of the publication chart: the Monday that starts the week and the verdicts approved in it. */
    public record WeekCount(LocalDate weekOf, long count) {
    }

    /** How long the weekly publication counts are reused: the chart need not be live, and it reads many verdicts. */
    static final Duration WEEKLY_FOR = Duration.ofSeconds(30);

    private record Weekly(int weeks, LocalDate today, long until, List<WeekCount> counts) {
    }

    private volatile Weekly weekly;

    /**
     * Verdicts approved in each of the last {@code weeks} weeks (UTC, weeks starting Monday), oldest first, counted
     * in one query with one conditional sum per week so the database does the work on any engine; the answer is
     * reused for {@link #WEEKLY_FOR}. Needs two weeks or more.
     */
    public List<WeekCount> of(int weeks, LocalDate today) {
        Weekly last = weekly;
        if (last != null && last.weeks == weeks && last.today.equals(today) && System.nanoTime() - last.until < 0) {
            return last.counts;
        }
        List<WeekCount> counts = countPublishedPerWeek(weeks, today);
        weekly = new Weekly(weeks, today, System.nanoTime() + WEEKLY_FOR.toNanos(), counts);
        return counts;
    }

    private static List<WeekCount> countPublishedPerWeek(int weeks, LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        StringBuilder select = new StringBuilder("select ");
        Parameters params = new Parameters();
        for (int i = 0; i <= weeks; i++) {
            params.and("w" + i, first.plusWeeks(i).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        for (int i = 0; i < weeks; i++) {
            select.append(i == 0 ? "" : ", ").append("sum(case when v.approvedAt >= :w").append(i)
                    .append(" and v.approvedAt < :w").append(i + 1).append(" then 1 else 0 end)");
        }
        var query = Claim.getEntityManager().createQuery(select + " from Verdict v where v.approvedAt >= :w0",
                Object[].class);
        params.map().forEach(query::setParameter);
        Object[] sums = query.getSingleResult();
        List<WeekCount> result = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            Object sum = sums[i];
            result.add(new WeekCount(first.plusWeeks(i), sum == null ? 0 : ((Number) sum).longValue()));
        }
        return List.copyOf(result);
    }
}

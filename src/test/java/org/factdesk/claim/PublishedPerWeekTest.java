package org.factdesk.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.factdesk.review.ReviewFixtures;
import org.factdesk.web.DeskClock;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's weekly chart counts weeks of the desk's calendar: a verdict approved late on a Sunday evening in
 * São Paulo, already Monday in UTC, belongs to the week that Sunday ends (or, for a reader whose weeks start on
 * Sunday, begins). The verdict is moved into 2001, where no other test publishes, so every count is this test's.
 */
@QuarkusTest
class PublishedPerWeekTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    /** Sunday 4 March 2001, 22:00 in São Paulo (UTC-3 then): Monday 5 March, 01:00 UTC. */
    private static final Instant SUNDAY_NIGHT_IN_SAO_PAULO = Instant.parse("2001-03-05T01:00:00Z");
    /** A Wednesday: the week holding it is the chart's last. */
    private static final LocalDate TODAY = LocalDate.of(2001, 3, 7);

    @Inject
    PublishedPerWeek publishedPerWeek;

    @Test
    void weeksAreCountedInTheDesksZoneFromTheReadersFirstDay() {
        ReviewFixtures people = new ReviewFixtures();
        int claim = people.claimIn(ClaimStatus.PUBLISHED);
        long moved = QuarkusTransaction.requiringNew().call(() -> Verdict.update(
                "approvedAt = ?1 where claim.id = ?2 and approvedAt is not null", SUNDAY_NIGHT_IN_SAO_PAULO,
                (long) claim));
        assertEquals(1, moved);

        // In UTC it is Monday 5 March: the newer week.
        assertEquals(List.of(new PublishedPerWeek.WeekCount(LocalDate.of(2001, 2, 26), 0),
                new PublishedPerWeek.WeekCount(LocalDate.of(2001, 3, 5), 1)),
                publishedPerWeek.of(2, TODAY, DeskClock.UTC, DayOfWeek.MONDAY));
        // At a desk in São Paulo it is still Sunday: the week that began on Monday 26 February.
        assertEquals(List.of(new PublishedPerWeek.WeekCount(LocalDate.of(2001, 2, 26), 1),
                new PublishedPerWeek.WeekCount(LocalDate.of(2001, 3, 5), 0)),
                publishedPerWeek.of(2, TODAY, SAO_PAULO, DayOfWeek.MONDAY));
        // For a reader whose weeks start on Sunday, that Sunday starts the newer week.
        assertEquals(List.of(new PublishedPerWeek.WeekCount(LocalDate.of(2001, 2, 25), 0),
                new PublishedPerWeek.WeekCount(LocalDate.of(2001, 3, 4), 1)),
                publishedPerWeek.of(2, TODAY, SAO_PAULO, DayOfWeek.SUNDAY));
    }

    @Test
    void aLanguageWithoutACountryStartsOnMondayAndBrazilOnSunday() {
        assertEquals(DayOfWeek.MONDAY, PublishedPerWeek.firstDayFor(Locale.forLanguageTag("es")));
        assertEquals(DayOfWeek.MONDAY, PublishedPerWeek.firstDayFor(Locale.ENGLISH));
        assertEquals(DayOfWeek.SUNDAY, PublishedPerWeek.firstDayFor(Locale.forLanguageTag("pt-BR")));
    }

    @Test
    void theChartSaysWhenItsWeeksStartInTheReadersLanguage() {
        ReviewFixtures people = new ReviewFixtures();
        given().filter(people.session(people.editor)).get("/").then().statusCode(200)
                .body(containsString("weeks start on Monday, UTC time)"),
                        containsString("<title id=\"chart-title\">Verdicts published per week, last 12 weeks</title>"),
                        containsString("week of "));
        given().filter(people.session(people.editor)).header("Accept-Language", "pt-BR").get("/").then()
                .statusCode(200).body(containsString("as semanas começam no domingo, horário de UTC)"),
                        containsString("Vereditos publicados por semana, últimas 12 semanas"),
                        containsString("semana de "));
    }
}

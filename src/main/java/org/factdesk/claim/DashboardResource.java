package org.factdesk.claim;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.web.BarChart;
import org.factdesk.web.DeskClock;
import org.factdesk.web.Formats;
import org.factdesk.web.Localization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The dashboard: the signed-in person's queues, the desk's claims by status and its publishing rhythm. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final int QUEUE_LENGTH = 10;
    static final int WEEKS = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<ClaimQueries.ClaimRow> mine,
                List<ClaimQueries.ClaimRow> awaiting, List<ClaimQueries.ClaimRow> overdue, boolean editor,
                Map<ClaimStatus, Long> counts, RawString chart, String publishedTotal);
    }

    @Inject
    ClaimQueries queries;

    @Inject
    PublishedPerWeek publishedPerWeek;

    @Inject
    SecurityIdentity identity;

    @Inject
    Localization localization;

    @GET
    public TemplateInstance dashboard() {
        Account me = Account.signedIn(identity);
        boolean editor = identity.hasRole(Role.EDITOR_NAME);
        List<ClaimQueries.ClaimRow> awaiting = editor ? queries.awaitingApproval(me, QUEUE_LENGTH) : List.of();
        // Weeks of the desk's calendar (its zone), starting on the reader's first day of the week.
        ZoneId zone = DeskClock.zone();
        Locale locale = localization.locale();
        DayOfWeek firstDay = PublishedPerWeek.firstDayFor(locale);
        List<PublishedPerWeek.WeekCount> weeks = publishedPerWeek.of(WEEKS, DeskClock.today(), zone, firstDay);
        WeeklyChartMessages text = localization.messages(WeeklyChartMessages.class);
        RawString chart = BarChart.svg(text.title(WEEKS), weeks.stream().map(w -> new BarChart.Bar(
                Formats.dayMonth(w.weekOf(), locale), w.count(), text.bar(Formats.day(w.weekOf(), locale), w.count())))
                .toList());
        long total = weeks.stream().mapToLong(PublishedPerWeek.WeekCount::count).sum();
        String totalLine = text.total(total, WEEKS, firstDay, firstDay.getDisplayName(TextStyle.FULL, locale),
                zone.getId());
        return Templates.dashboard(queries.assignedTo(me, QUEUE_LENGTH), awaiting,
                queries.overdue(me, !editor, QUEUE_LENGTH), editor, queries.countsByStatus(), chart, totalLine);
    }
}

package org.factdesk.history;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factdesk.web.Localization;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

/**
 * A claim's history over JSON, oldest first. {@code summary} is the entry's sentences as the page words them;
 * {@code changes} holds each field's value before and after in the API's own terms (usernames, rating keys, status
 * names, ISO dates), the same values {@code GET /api/v1/claims/{id}} shows.
 */
@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class HistoryApi {

    /** One revision of the claim as the API shows it. */
    public record EntryView(long rev, Instant at, String user, String userName, String action, String note,
            String summary, List<ClaimHistory.Change> changes) {

        static EntryView of(ClaimHistory.Entry e) {
            return new EntryView(e.rev(), e.at(), e.user(), e.userName(), e.action(), e.note(), e.summary(),
                    e.changes());
        }
    }

    @Inject
    ClaimHistory history;

    @Inject
    Localization localization;

    @GET
    @Path("{id}/history")
    public RestResponse<List<EntryView>> history(@PathParam("id") long id) {
        long started = System.nanoTime();
        ClaimHistory.Timeline timeline = history.of(id, localization.language())
                .orElseThrow(() -> new NotFoundException("No such claim."));
        return RestResponse.ResponseBuilder.ok(timeline.entries().stream().map(EntryView::of).toList())
                .header("Server-Timing", ClaimHistory.serverTiming(started)).build();
    }
}

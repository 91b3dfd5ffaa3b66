package org.factdesk.history;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;

/**
 * The history page of a claim: every change, newest first, in sentences with word diffs and notes. Read-only, and
 * open to everyone who can read the claim, which is every signed-in person.
 */
@Path("/claims")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HistoryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ClaimHistory.Timeline timeline, ClaimHistory.Page shown);
    }

    @Inject
    ClaimHistory history;

    @Inject
    Localization localization;

    @GET
    @Path("{id}/history")
    public RestResponse<TemplateInstance> show(@PathParam("id") long id,
            @QueryParam("page") String page) {
        long started = System.nanoTime();
        ClaimHistory.Timeline timeline = history.of(id, localization.language())
                .orElseThrow(() -> new NotFoundException("No such claim."));
        return RestResponse.ResponseBuilder.ok(Templates.show(timeline, timeline.page(Paging.pageNumber(page))))
                .header("Server-Timing", ClaimHistory.serverTiming(started)).build();
    }
}

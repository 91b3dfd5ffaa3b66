package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;
import org.factdesk.web.Problems;
import org.factdesk.web.StaleVersionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** JSON API for claims: list, read, and edit with optimistic locking. */
@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClaimApi {

    /** A claim as the API shows it. */
    public record ClaimView(long id, long articleId, int start, int end, String quote, String prefix, String suffix,
            String statement, String claimant, LocalDate claimDate, String appearanceUrl, List<String> tags,
            String priority, double score, String status, String assignee, LocalDate due, Instant createdAt,
            Instant updatedAt, long version, String returnNote, String dismissReason, VerdictView verdict,
            VerdictView published) {
        public static ClaimView of(Claim c) {
            return new ClaimView(c.id, c.article.id, c.start, c.end, c.quote, c.prefix, c.suffix, c.statement,
                    c.claimant, c.claimDate, c.appearanceUrl, c.tags.stream().sorted().toList(), c.priority.key(), c.score,
                    c.status.name(), c.assignee == null ? null : c.assignee.username, c.dueDate, c.createdAt,
                    c.updatedAt, c.version, c.returnNote, c.dismissReason, VerdictView.of(c.currentVerdict),
                    VerdictView.of(c.publishedVerdict));
        }
    }

    /** The body of {@code PATCH /api/v1/claims/{id}}: absent fields stay as they are; {@code version} is required. */
    public record ClaimPatch(Long version, String statement, String claimant, String claimDate, String appearanceUrl,
            List<String> tags, String priority) {
    }

    @Inject
    ClaimService service;

    @Inject
    ClaimQueries queries;

    @Inject
    FactDeskConfig config;

    @Inject
    SecurityIdentity identity;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("rating") String rating, @QueryParam("q") String q, @QueryParam("dueAfter") String dueAfter,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ClaimQueries.Filter filter = ClaimQueries.Filter.parse(status, assignee, rating, q, dueAfter, dueBefore, sort);
        if (!filter.problems().isEmpty()) {
            return Problems.response(400, String.join(" ", filter.problems()));
        }
        Paging paging = Paging.of(page, size, config.pageSize());
        int pageSize = paging.size();
        ClaimQueries.ClaimPage result = queries.page(filter, Account.signedIn(identity), paging.page(), pageSize);
        if (result.tooDeep()) {
            return Problems.response(400, result.tooDeepMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.rows());
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", pageSize);
        if (!filter.search().notes().isEmpty()) {
            body.put("notes", filter.search().notes());
        }
        return Response.ok(body).build();
    }

    @GET
    @Path("{id}")
    public ClaimView get(@PathParam("id") long id) {
        return ClaimView.of(service.find(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response patch(@PathParam("id") long id, ClaimPatch body) {
        if (body == null || body.version() == null) {
            return Problems.response(400, Localization.messages(ClaimMessages.class, Localization.ofCurrentRequest())
                    .apiNeedsVersion());
        }
        Claim current = service.find(id);
        ClaimService.ClaimEdit edit = new ClaimService.ClaimEdit(
                body.statement() != null ? body.statement() : current.statement,
                body.claimant() != null ? body.claimant() : current.claimant,
                body.claimDate() != null ? body.claimDate()
                        : current.claimDate == null ? null : current.claimDate.toString(),
                body.appearanceUrl() != null ? body.appearanceUrl() : current.appearanceUrl,
                body.tags() != null ? String.join(",", body.tags()) : current.tagList(),
                body.priority() != null ? body.priority() : current.priority.name());
        service.update(id, body.version(), edit);
        // The update ran in its own transaction; forget the copy read above and read the saved claim.
        Claim.getEntityManager().clear();
        return Response.ok(ClaimView.of(service.find(id))).build();
    }

    /** A stale version here and in {@link org.factdesk.review.ReviewApi}: 409 with the claim as it is now. */
    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        return staleClaim(service, e, uri);
    }

    /** The 409 answer to a stale claim version, with the claim as saved now, so the client can merge and retry. */
    public static Response staleClaim(ClaimService claims, StaleVersionException e, UriInfo uri) {
        long id = Long.parseLong(uri.getPathParameters().getFirst("id"));
        Claim.getEntityManager().clear();
        Claim now = claims.find(id);
        return Problems.response(409, e.getMessage() + " "
                + Localization.messages(ClaimMessages.class, Localization.ofCurrentRequest()).versionNow(now.version),
                Map.of("current", ClaimView.of(now)));
    }
}

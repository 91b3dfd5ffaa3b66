package org.factdesk.review;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimApi;
import org.factdesk.claim.ClaimApi.ClaimView;
import org.factdesk.claim.ClaimService;
import org.factdesk.web.Problems;
import org.factdesk.web.StaleVersionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The workflow steps over JSON. Every call takes a JSON object (a missing, empty or {@code null} body is 400, see
 * {@code web.JsonInput}) and may send the claim's {@code version}; when it does and the claim has changed since, the
 * answer is 409 with the current claim. Saving the draft replaces it, so it requires the version. A step the status
 * does not allow is 409 too, bad input 400 with per-field {@code errors}, a step the person may not take 403.
 */
@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewApi {

    /** {@code POST /return}, {@code /dismiss}, {@code /correction}: the note or reason. */
    public record NoteBody(Long version, String note, String reason) {
    }

    /** {@code POST /submit}, {@code /approve}, {@code /reopen}. */
    public record VersionBody(Long version) {
    }

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("{id}/assign")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response assign(@PathParam("id") long id, Assignment b) {
        return step(id, () -> review.assign(id, b.version(), b, me()));
    }

    @PUT
    @Path("{id}/verdict")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response saveVerdict(@PathParam("id") long id, VerdictInput b) {
        return step(id, () -> review.saveDraft(id, b.version(), b, me()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response submit(@PathParam("id") long id, VersionBody body) {
        return step(id, () -> review.submit(id, body.version(), null, me()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response approve(@PathParam("id") long id, VersionBody body) {
        return step(id, () -> review.approve(id, body.version(), me()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response returnToReviewer(@PathParam("id") long id, NoteBody b) {
        return step(id, () -> review.returnToReviewer(id, b.version(), b.note(), me()));
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response dismiss(@PathParam("id") long id, NoteBody b) {
        return step(id, () -> review.dismiss(id, b.version(), b.reason(), me()));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response reopen(@PathParam("id") long id, VersionBody body) {
        return step(id, () -> review.reopen(id, body.version(), me()));
    }

    @POST
    @Path("{id}/correction")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response openCorrection(@PathParam("id") long id, NoteBody b) {
        return step(id, () -> review.openCorrection(id, b.version(), b.reason(), me()));
    }

    private Response step(long id, Supplier<Claim> action) {
        action.get();
        return Response.ok(ClaimView.of(claims.find(id))).build();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        return ClaimApi.staleClaim(claims, e, uri);
    }

    /** A step the claim's status (or who you are) does not allow: 409 with the status it is in. */
    @ServerExceptionMapper
    public Response transition(ReviewService.TransitionException e, UriInfo uri) {
        long id = Long.parseLong(uri.getPathParameters().getFirst("id"));
        return Problems.response(409, e.getMessage(), Map.of("status", claims.find(id).status.name()));
    }

    private Account me() {
        return Account.signedIn(identity);
    }
}

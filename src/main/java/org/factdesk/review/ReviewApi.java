package org.factdesk.review;

import java.util.List;
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

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimApi.ClaimView;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimService.StaleClaimException;
import org.factdesk.web.Problems;

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

    /** {@code POST /assign}. */
    public record AssignBody(Long version, String reviewer, String due, String priority) {
    }

    /** {@code POST /return}, {@code /dismiss}, {@code /correction}: the note or reason. */
    public record NoteBody(Long version, String note, String reason) {
    }

    /** {@code POST /submit}, {@code /approve}, {@code /reopen}. */
    public record VersionBody(Long version) {
    }

    /** {@code PUT /verdict}: the draft verdict; sources replace the draft's sources. */
    public record VerdictBody(Long version, String rating, String summary, String analysis, String correctionNote,
            List<SourceBody> sources) {
    }

    /** One source of {@link VerdictBody}. */
    public record SourceBody(String url, String title, String publisher, String excerpt) {
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
    public Response assign(@PathParam("id") long id, AssignBody b) {
        return step(id, () -> review.assign(id, b.version(), new ReviewService.Assignment(b.reviewer(), b.due(),
                b.priority()), me()));
    }

    @PUT
    @Path("{id}/verdict")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response saveVerdict(@PathParam("id") long id, VerdictBody b) {
        List<ReviewService.SourceInput> sources = b.sources() == null ? List.of() : b.sources().stream()
                .map(s -> s == null ? new ReviewService.SourceInput(null, null, null, null)
                        : new ReviewService.SourceInput(s.url(), s.title(), s.publisher(), s.excerpt()))
                .toList();
        return step(id, () -> review.saveDraft(id, b.version(), new ReviewService.VerdictInput(b.rating(),
                b.summary(), b.analysis(), b.correctionNote(), sources), me()));
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
        try {
            action.get();
            return Response.ok(ClaimView.of(claims.find(id))).build();
        } catch (ReviewService.InvalidReviewException e) {
            return Problems.response(400, e.getMessage(), Map.of("errors", e.errors.asMap()));
        } catch (StaleClaimException e) {
            Claim now = claims.find(id);
            return Problems.response(409, e.getMessage() + " Its version is now " + now.version + ".",
                    Map.of("current", ClaimView.of(now)));
        } catch (ReviewService.TransitionException e) {
            return Problems.response(409, e.getMessage(), Map.of("status", claims.find(id).status.name()));
        }
    }

    private Account me() {
        return Account.signedIn(identity);
    }
}

package org.factdesk.review;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.ClaimPages.State;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Localization;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The claim page's workflow forms. Each posts the claim version it was rendered with; success answers 303 back to
 * the claim, bad input the page again with the typed values (422), a stale version the page with the saved values
 * beside the typed ones (409), a step the status does not allow the page with a message (409).
 */
@Path("/claims")
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReviewResource {

    @Inject
    Localization localization;

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Inject
    ClaimPages pages;

    @Inject
    SecurityIdentity identity;

    @Inject
    Flash flash;

    @POST
    @Path("{id}/assign")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response assign(@PathParam("id") long id, @RestForm Long version, @RestForm String reviewer,
            @RestForm String due, @RestForm String priority) {
        Assignment form = new Assignment(version, nz(reviewer), nz(due), nz(priority));
        return step(id, "assign", () -> review.assign(id, version, form, me()),
                messages().claimAssigned(), (state, errors, conflict) ->
                        state.failedAssign(form, errors, conflict));
    }

    @POST
    @Path("{id}/verdict")
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response verdict(@PathParam("id") long id, @RestForm Long version, @RestForm String action,
            @RestForm String rating, @RestForm String summary, @RestForm String analysis,
            @RestForm String correctionNote, @RestForm List<String> sourceUrl, @RestForm List<String> sourceTitle,
            @RestForm List<String> sourcePublisher, @RestForm List<String> sourceExcerpt) {
        VerdictInput form = VerdictInput.typed(version, rating, summary, analysis, correctionNote, sourceUrl, sourceTitle,
                sourcePublisher, sourceExcerpt);
        String act = nz(action);
        if (act.equals("add-source") || act.startsWith("remove-")) {
            // Adding or removing a source row redraws the form with the typed values and saves nothing.
            VerdictInput changed = act.equals("add-source") ? form.withBlankRow() : form.without(index(act));
            Claim claim = claims.find(id);
            long loaded = version == null ? claim.version : version;
            return Response.ok(pages.show(claim, State.fresh(claim).redrawnVerdict(changed, loaded), me())).build();
        }
        boolean submit = act.equals("submit");
        return step(id, "verdict", () -> {
            if (version == null && submit) {
                // Submitting saves the typed verdict over the draft: a form that lost its version must not overwrite the saved one.
                throw new InvalidInputException("verdict", messages().formWithoutVersion());
            }
            return submit ? review.submit(id, version, form, me())
                    : review.saveDraft(id, version, form, me());
        },
                submit ? messages().verdictSubmitted() : messages().draftSaved(),
                (state, errors, conflict) -> state.failedVerdict(form, errors, conflict));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response approve(@PathParam("id") long id, @RestForm Long version) {
        return step(id, "approve", () -> review.approve(id, version, me()), messages().verdictApproved(),
                (state, errors, conflict) -> state.failedNote("approve", "", errors, conflict));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response returnToReviewer(@PathParam("id") long id, @RestForm Long version, @RestForm String note) {
        return step(id, "return", () -> review.returnToReviewer(id, version, note, me()),
                messages().verdictReturned(),
                (state, errors, conflict) -> state.failedNote("return", nz(note), errors, conflict));
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response dismiss(@PathParam("id") long id, @RestForm Long version, @RestForm String reason) {
        return step(id, "dismiss", () -> review.dismiss(id, version, reason, me()), messages().claimDismissed(),
                (state, errors, conflict) -> state.failedNote("dismiss", nz(reason), errors, conflict));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response reopen(@PathParam("id") long id, @RestForm Long version) {
        return step(id, "reopen", () -> review.reopen(id, version, me()), messages().claimReopened(),
                (state, errors, conflict) -> state.failedNote("reopen", "", errors, conflict));
    }

    @POST
    @Path("{id}/correction")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response openCorrection(@PathParam("id") long id, @RestForm Long version, @RestForm String reason) {
        return step(id, "correction", () -> review.openCorrection(id, version, reason, me()),
                messages().correctionOpened(),
                (state, errors, conflict) -> state.failedNote("correction", nz(reason), errors, conflict));
    }

    /** Re-renders one failed form. */
    @FunctionalInterface
    interface Failure {
        State apply(State fresh, FormErrors errors, boolean conflict);
    }

    private Response step(long id, String section, Supplier<Claim> action, String notice, Failure failure) {
        try {
            return Forms.submit(() -> {
                action.get();
                return Response.seeOther(URI.create("/claims/" + id)).cookie(flash.cookie(notice)).build();
            }, refused -> page(id, refused.status(), failure, refused.errors(), refused.isStale()));
        } catch (ReviewService.TransitionException e) {
            return page(id, 409, failure, new FormErrors().add(section, e.getMessage()), false);
        }
    }

    private Response page(long id, int status, Failure failure, FormErrors errors, boolean conflict) {
        Claim claim = claims.find(id);
        return Response.status(status)
                .entity(pages.show(claim, failure.apply(State.fresh(claim), errors, conflict), me())).build();
    }

    private Account me() {
        return Account.signedIn(identity);
    }

    private static int index(String action) {
        try {
            return Integer.parseInt(action.substring("remove-".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ReviewMessages messages() {
        return localization.messages(ReviewMessages.class);
    }
}

package org.factdesk.review.comment;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Account;
import org.factdesk.claim.Claim;
import org.factdesk.review.ReviewMessages;
import org.factdesk.web.Flash;
import org.factdesk.web.Forms;
import org.factdesk.web.Localization;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** A claim's comment thread as a page of its own, and adding a comment from it or from the claim page. */
@Path("/claims/{id}/comments")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CommentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comments(Claim claim, java.util.List<Comment> comments, boolean canComment,
                String body, String error, String refusal);
    }

    @Inject
    Localization localization;

    @Inject
    CommentService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance show(@PathParam("id") long id) {
        return page(service.find(id), "", "", "");
    }

    /** Who may comment is decided by {@link CommentService}, the same rule the API follows. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("id") long id, @RestForm String body) {
        String typed = body == null ? "" : body;
        try {
            return Forms.submit(() -> {
                service.post(id, body, Account.signedIn(identity));
                return Response.seeOther(URI.create("/claims/" + id + "#comments"))
                        .cookie(flash.cookie(messages().commentAdded())).build();
            }, refused -> Response.status(422)
                    .entity(page(service.find(id), typed, refused.errors().get("body"), "")).build());
        } catch (ForbiddenException e) {
            return Response.status(403).entity(page(service.find(id), "", "", e.getMessage())).build();
        }
    }

    private TemplateInstance page(Claim claim, String body, String error, String refusal) {
        return Templates.comments(claim, service.thread(claim), service.canComment(identity, claim), body, error,
                refusal);
    }

    private ReviewMessages messages() {
        return localization.messages(ReviewMessages.class);
    }
}

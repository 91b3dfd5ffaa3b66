package org.factdesk.review.comment;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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
import org.factdesk.web.Markdown;
import org.factdesk.web.Problems;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** JSON API for a claim's comments: the thread, oldest first, and adding one. */
@Path("/api/v1/claims/{id}/comments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CommentApi {

    /** A comment with its Markdown source and the safe HTML the pages show. */
    public record CommentView(long id, String author, String authorName, String body, String html,
            Instant createdAt) {
        static CommentView of(Comment c) {
            return new CommentView(c.id, c.author.username, c.author.displayName, c.body, Markdown.html(c.body),
                    c.createdAt);
        }
    }

    /** The body of {@code POST /api/v1/claims/{id}/comments}. */
    public record NewComment(String body) {
    }

    @Inject
    CommentService service;

    @Inject
    SecurityIdentity identity;

    @GET
    public List<CommentView> list(@PathParam("id") long id) {
        return service.thread(service.find(id)).stream().map(CommentView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("id") long id, NewComment input) {
        try {
            Comment comment = service.post(id, input == null ? null : input.body(), Account.signedIn(identity));
            return Response.created(URI.create("/api/v1/claims/" + id + "/comments")).entity(CommentView.of(comment))
                    .build();
        } catch (ForbiddenException e) {
            return Problems.response(403, e.getMessage());
        }
    }
}

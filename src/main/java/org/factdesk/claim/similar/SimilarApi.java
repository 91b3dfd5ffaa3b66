package org.factdesk.claim.similar;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.claim.ClaimService;
import org.factdesk.web.AppMessages;
import org.factdesk.web.Localization;
import org.factdesk.web.Problems;

import io.quarkus.security.Authenticated;

/**
 * The claims like a given one over JSON, best first. Shares the class-level root of {@code ClaimApi}: RESTEasy
 * Reactive mismatches routes when two classes use different roots for the same prefix.
 */
@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SimilarApi {

    /** One similar claim; {@code rating}/{@code ratingLabel} are its published verdict's, null without one. */
    public record ItemView(long id, String statement, String status, String rating, String ratingLabel,
            long articleId, String articleTitle, double score) {

        static ItemView of(SimilarClaims.Item i) {
            return new ItemView(i.id(), i.statement(), i.status().name(), i.rating() == null ? null : i.rating().key,
                    i.rating() == null ? null : i.rating().label, i.articleId(), i.articleTitle(),
                    Math.round(i.score() * 1000) / 1000.0);
        }
    }

    /** The answer's body. */
    public record SimilarView(List<ItemView> items) {
    }

    @Inject
    ClaimService claims;

    @Inject
    SimilarClaims similar;

    @GET
    @Path("{id}/similar")
    public Response similar(@PathParam("id") long id) {
        SimilarClaims.Result result = similar.of(claims.find(id));
        if (!result.ready()) {
            return Response.fromResponse(Problems.response(503,
                    Localization.messages(AppMessages.class, Localization.ofCurrentRequest()).similarIndexing()))
                    .header("Retry-After", "5").build();
        }
        return Response.ok(new SimilarView(result.items().stream().map(ItemView::of).toList())).build();
    }
}

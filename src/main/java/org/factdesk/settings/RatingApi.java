package org.factdesk.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.factdesk.claim.Rating;
import org.factdesk.claim.RatingLabels;
import org.factdesk.web.Language;

import io.quarkus.security.Authenticated;

/** JSON API for the rating scale, in scale order: what clients may send as a verdict's rating key. */
@Path("/api/v1/ratings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RatingApi {

    /**
     * A rating as the API shows it; {@code value} is null for ratings off the numeric scale. {@code label} is the
     * English label; {@code labels} names it in every language by tag (the English one where it has no translation).
     */
    public record RatingView(String key, String label, Integer value, String colour, boolean retired,
            Map<String, String> labels) {
        static RatingView of(Rating r) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                labels.put(language.tag(), RatingLabels.label(r.key, r.label, language));
            }
            return new RatingView(r.key, r.label, r.value, r.colour, r.retired, labels);
        }
    }

    /** The active ratings; {@code all=true} adds the retired ones, which old verdicts may still carry. */
    @GET
    public List<RatingView> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return (all ? Rating.scale() : Rating.active()).stream().map(RatingView::of).toList();
    }
}

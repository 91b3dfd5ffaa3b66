package org.factdesk.report;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.factdesk.claim.Claim;
import org.factdesk.claim.Rating;
import org.factdesk.claim.Verdict;
import org.factdesk.claim.VerdictState;
import org.factdesk.settings.Organisation;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.PublicUrl;
import org.factdesk.web.Paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * The public fact checks: no sign-in, published claims only. Each page embeds its ClaimReview as JSON-LD, the same
 * object the ClaimReview export holds for it, so search engines and the export never disagree.
 */
@Path("/factchecks")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class FactCheckResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(VerdictReports.PublishedPage result, String organisation);

        static native TemplateInstance show(VerdictRow row, Verdict verdict, List<Verdict> corrections,
                Rating rating, RawString jsonLd, String organisation);
    }

    @Inject
    VerdictReports reports;

    @Inject
    ObjectMapper mapper;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Localization localization;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        VerdictReports.PublishedPage result = reports.publishedPage(Paging.pageNumber(page), PAGE_SIZE);
        Language language = localization.language();
        result = new VerdictReports.PublishedPage(result.rows().stream().map(r -> r.labelledIn(language)).toList(),
                result.total(), result.page(), result.pages());
        return Templates.list(result, Organisation.current().name);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        VerdictRow row = reports.published(id).orElseThrow(() -> new NotFoundException("No published fact check."));
        Claim claim = Claim.findById(id);
        Verdict verdict = claim.publishedVerdict;
        List<Verdict> corrections = Verdict.history(claim).stream()
                .filter(v -> v.state == VerdictState.PUBLISHED && v.correctionNote != null).toList();
        Organisation organisation = Organisation.current();
        // The ClaimReview is the desk's, in its language, whichever edition (?lang=) the page shows.
        ClaimReviews.Context context = ClaimReviews.Context.of(organisation, Rating.numericRange(),
                publicUrl.base(), localization.deskLanguage());
        String json;
        try {
            json = mapper.writeValueAsString(ClaimReviews.of(row, context));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ClaimReview could not be written", e);
        }
        return Templates.show(row, verdict, corrections, verdict.rating,
                new RawString(ClaimReviews.forScriptElement(json)), organisation.name);
    }
}

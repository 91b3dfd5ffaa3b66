package org.factdesk.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Rating;
import org.factdesk.settings.Organisation;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reports page: filter the verdicts, preview them, download them in each format, or print them. */
@Path("/reports")
@RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME })
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    static final int PREVIEW_ROWS = 50;
    static final int ARTICLE_CHOICES = 500;

    /** An article to choose in the filter. */
    public record ArticleChoice(Long id, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(ReportFilter filter, List<ArticleChoice> articles,
                ClaimStatus[] statuses, List<Rating> ratings, long total, List<VerdictRow> rows, String query);
    }

    @Inject
    VerdictReports reports;

    @Inject
    ReportPdf pdf;

    @Inject
    Localization localization;

    @GET
    public Response page(@QueryParam("article") String article, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("rating") String rating) {
        ReportFilter filter = ReportFilter.parse(article, from, to, status, rating);
        boolean valid = filter.errors().isEmpty();
        long total = valid ? reports.count(filter) : 0;
        Language language = localization.language();
        List<VerdictRow> rows = valid ? reports.preview(filter, PREVIEW_ROWS).stream().map(r -> r.labelledIn(language))
                .toList() : List.of();
        List<ArticleChoice> articles = Claim.getEntityManager().createQuery("select a.id, a.title from Article a "
                + "where exists (select 1 from Claim c where c.article = a) order by a.importedAt desc, a.id desc",
                Object[].class).setMaxResults(ARTICLE_CHOICES).getResultList().stream()
                .map(r -> new ArticleChoice((Long) r[0], (String) r[1])).toList();
        return Response.status(valid ? 200 : 422).entity(Templates.reports(filter, articles, ClaimStatus.values(),
                Rating.scale(), total, rows, filter.query())).build();
    }

    /** The printable report: the PDF's template as a page, for the browser's print. */
    @GET
    @Path("print")
    public Response print(@QueryParam("article") String article, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("rating") String rating) {
        ReportFilter filter = ReportFilter.parse(article, from, to, status, rating);
        if (!filter.errors().isEmpty()) {
            return page(article, from, to, status, rating);
        }
        return Response.ok(pdf.html(filter, Organisation.current().name, false,
                ReportPdf.Edition.of(localization, null))).build();
    }
}

package org.factdesk.report;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.factdesk.account.Role;
import org.factdesk.claim.Rating;
import org.factdesk.settings.Organisation;
import org.factdesk.web.DeskClock;
import org.factdesk.web.ExportSlots;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.Problems;
import org.factdesk.web.PublicUrl;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/reports/verdicts}: the verdict report in each format, streamed from the database. The CSV's
 * header row and the PDF are written in the reader's language ({@code ?lang=}, which the reports page sends, else
 * {@code Accept-Language}, else English) with dates in their zone; JSON field names never change; every format names
 * the ratings in the desk's language (docs/USING.md, "Languages and time zones").
 */
@Path("/api/v1/reports")
@RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME })
public class ReportApi {

    /** The formats and how they are served. */
    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        JSON("application/json", "json"),
        CLAIMREVIEW("application/ld+json", "jsonld"),
        PDF("application/pdf", "pdf");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    @Inject
    VerdictReports reports;

    @Inject
    ExportSlots slots;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReportPdf pdf;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Localization localization;

    @GET
    @Path("verdicts")
    public Response verdicts(@QueryParam("format") String format, @QueryParam("article") String article,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("status") String status,
            @QueryParam("rating") String rating, @QueryParam("lang") String lang, RoutingContext request) {
        Format f;
        try {
            f = format == null || format.isBlank() ? Format.JSON : Format.valueOf(format.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return Problems.response(400, localization.messages(ReportMessages.class).badFormat());
        }
        ReportFilter filter = ReportFilter.parse(article, from, to, status, rating);
        if (!filter.errors().isEmpty()) {
            return Problems.response(400, String.join(" ", filter.errors().asMap().values()),
                    Map.of("errors", filter.errors().asMap()));
        }
        ExportSlots.Slot slot = slots.take(request).orElse(null);
        if (slot == null) {
            return ExportSlots.busy();
        }
        String base = publicUrl.base();
        // Decided now: the export is written after this method has returned, outside the request.
        ReportPdf.Edition edition = ReportPdf.Edition.of(localization, lang);
        StreamingOutput export = switch (f) {
            case CSV -> {
                List<String> header = ReportWriters.csvHeader(
                        Localization.messages(ReportMessages.class, edition.reader()));
                yield out -> write(ReportWriters.csv(out, base, header, edition.zone()), filter, false,
                        edition.desk());
            }
            case JSON -> out -> write(ReportWriters.json(out, mapper, base), filter, false, edition.desk());
            case CLAIMREVIEW -> {
                ClaimReviews.Context context = ClaimReviews.Context.of(Organisation.current(), Rating.numericRange(),
                        base, edition.desk());
                yield out -> write(ReportWriters.claimReview(out, mapper, context), filter, true, edition.desk());
            }
            case PDF -> {
                Organisation organisation = Organisation.current();
                String name = organisation.name;
                yield out -> pdf.write(out, filter, name, base, edition);
            }
        };
        StreamingOutput body = out -> {
            try {
                export.write(out);
            } finally {
                slot.release();
            }
        };
        String file = "verdicts-" + DeskClock.today() + "." + f.extension;
        return Response.ok(body, f.mediaType).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    /** Streams the rows into {@code sink}, each naming its rating in the desk's language {@code desk}. */
    private void write(ReportWriters.Sink sink, ReportFilter filter, boolean publishedOnly, Language desk) {
        try (sink) {
            reports.stream(filter, publishedOnly, row -> sink.write(row.labelledIn(desk)));
        }
    }

}

package org.factdesk.report;

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
import org.factdesk.web.Problems;
import org.factdesk.web.PublicUrl;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/v1/reports/verdicts}: the verdict report in each format, streamed from the database. */
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

    @GET
    @Path("verdicts")
    public Response verdicts(@QueryParam("format") String format, @QueryParam("article") String article,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("status") String status,
            @QueryParam("rating") String rating, RoutingContext request) {
        Format f;
        try {
            f = format == null || format.isBlank() ? Format.JSON : Format.valueOf(format.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return Problems.response(400, "Choose format csv, json, claimreview or pdf.");
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
        StreamingOutput export = switch (f) {
            case CSV -> out -> write(ReportWriters.csv(out, base), filter, false);
            case JSON -> out -> write(ReportWriters.json(out, mapper, base), filter, false);
            case CLAIMREVIEW -> {
                ClaimReviews.Context context = ClaimReviews.Context.of(Organisation.current(), Rating.numericRange(),
                        base);
                yield out -> write(ReportWriters.claimReview(out, mapper, context), filter, true);
            }
            case PDF -> {
                Organisation organisation = Organisation.current();
                String name = organisation.name;
                yield out -> pdf.write(out, filter, name, base);
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

    private void write(ReportWriters.Sink sink, ReportFilter filter, boolean publishedOnly) {
        try (sink) {
            reports.stream(filter, publishedOnly, sink::write);
        }
    }

}

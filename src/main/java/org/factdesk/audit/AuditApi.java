package org.factdesk.audit;

import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.factdesk.account.Role;
import org.factdesk.web.ExportSlots;
import org.factdesk.web.Localization;
import org.factdesk.web.Problems;

import io.vertx.ext.web.RoutingContext;

/**
 * The audit log for outside checking: the sealed revisions with their canonical texts and seals, streamed as JSON
 * or CSV, and the chain's verification. For the people who may read the audit log.
 */
@Path("/api/v1/audit")
@RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME })
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {

    @Inject
    AuditService audit;

    @Inject
    ExportSlots slots;

    @Inject
    Localization localization;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("user") String user, @QueryParam("entity") String entity,
            @QueryParam("format") String format, RoutingContext request) {
        AuditFilter filter = AuditFilter.parse(user, from, to, entity,
                localization.messages(AuditMessages.class));
        if (!filter.isValid()) {
            return Problems.response(400, String.join(" ", filter.errors().asMap().values()),
                    Map.of("errors", filter.errors().asMap()));
        }
        String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("csv")) {
            return Problems.response(400, localization.messages(AuditMessages.class).badFormat());
        }
        boolean csv = kind.equals("csv");
        ExportSlots.Slot slot = slots.take(request).orElse(null);
        if (slot == null) {
            return ExportSlots.busy();
        }
        StreamingOutput body = out -> {
            try {
                audit.export(filter, csv, out);
            } finally {
                slot.release();
            }
        };
        return Response.ok(body)
                .type(csv ? "text/csv;charset=UTF-8" : MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"factdesk-audit." + kind + "\"")
                .build();
    }

    @GET
    @Path("verify")
    public AuditChain.Verification verify() {
        return audit.verify();
    }
}

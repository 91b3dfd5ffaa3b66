package org.factdesk.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Role;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The audit log pages: every revision with who, when, the step, the note, what it touched and its seal; the
 * security events; and the chain's verification. Read-only, for editors, admins and auditors.
 */
@Path("/audit")
@RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME })
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(AuditLogQueries.RevisionPage result, AuditFilter filter,
                AuditedEntity[] entities, String base, AuditChain.Verification verification);

        static native TemplateInstance security(AuditLogQueries.SecurityPage result, AuditFilter filter,
                String base);
    }

    @Inject
    AuditLogQueries queries;

    @Inject
    AuditService audit;

    @Inject
    FactDeskConfig config;

    @Inject
    Localization localization;

    @GET
    public Response log(@QueryParam("user") String user, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("entity") String entity,
            @QueryParam("page") String page) {
        return log(AuditFilter.parse(user, from, to, entity, text()), Paging.pageNumber(page), null);
    }

    /**
     * Checks the whole chain and shows the result above the log. A GET, not a POST: verifying changes nothing a
     * person asked for (it only seals what the sealer would seal within the second anyway), so it needs no CSRF
     * token and auditors, who may change nothing, can run it.
     */
    @GET
    @Path("verify")
    public Response verify(@QueryParam("user") String user, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("entity") String entity) {
        return log(AuditFilter.parse(user, from, to, entity, text()), 0, audit.verify());
    }

    @GET
    @Path("security")
    public Response security(@QueryParam("user") String user, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page) {
        AuditFilter filter = AuditFilter.parse(user, from, to, null, text());
        int current = Paging.pageNumber(page);
        AuditLogQueries.SecurityPage result = filter.isValid()
                ? queries.securityEvents(filter, current, config.pageSize()) : AuditLogQueries.SecurityPage.EMPTY;
        return page(filter, Templates.security(result, filter, base("/audit/security", filter)));
    }

    private Response log(AuditFilter filter, int page, AuditChain.Verification verification) {
        AuditLogQueries.RevisionPage result = filter.isValid()
                ? queries.revisions(filter, page, config.pageSize()) : AuditLogQueries.RevisionPage.EMPTY;
        return page(filter, Templates.log(result, filter, AuditedEntity.values(), base("/audit", filter),
                verification));
    }

    /** Filters that cannot be understood redraw the page with the values kept and a message by each field. */
    private static Response page(AuditFilter filter, TemplateInstance page) {
        return Response.status(filter.isValid() ? 200 : 422).entity(page).build();
    }

    private static String base(String path, AuditFilter filter) {
        String query = filter.query();
        return query.isEmpty() ? path : path + "?" + query;
    }

    private AuditMessages text() {
        return localization.messages(AuditMessages.class);
    }
}

package org.factdesk.claim;

import java.net.URI;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Role;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Claim pages: the claims list and one claim with its anchor in the article and its editable details. */
@Path("/claims")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    /** The claim form's values as typed. */
    public record ClaimForm(String statement, String claimant, String claimDate, String appearanceUrl, String tags,
            String priority) {
        static ClaimForm of(Claim c) {
            return new ClaimForm(c.statement, c.claimant == null ? "" : c.claimant,
                    c.claimDate == null ? "" : c.claimDate.toString(), c.appearanceUrl == null ? "" : c.appearanceUrl,
                    c.tagList(), c.priority.name());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimQueries.ClaimPage result, ClaimStatus[] statuses, String status,
                String q, String base);

        static native TemplateInstance show(Claim claim, ClaimForm form, FormErrors errors, boolean canEdit,
                Priority[] priorities);

        static native TemplateInstance conflict(Claim claim, ClaimForm form, FormErrors errors, Priority[] priorities);
    }

    @Inject
    ClaimService service;

    @Inject
    ClaimQueries queries;

    @Inject
    SecurityIdentity identity;

    @Inject
    FactDeskConfig config;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        ClaimStatus parsed = ClaimStatus.parse(status).orElse(null);
        ClaimQueries.ClaimPage result = queries.page(parsed, q, page, config.pageSize());
        String base = "/claims?status=" + (parsed == null ? "" : parsed.key()) + "&q="
                + (q == null ? "" : java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        return Templates.list(result, ClaimStatus.values(), parsed == null ? "" : parsed.name(), q == null ? "" : q,
                base);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Claim claim = service.find(id);
        return Templates.show(claim, ClaimForm.of(claim), new FormErrors(), canEdit(), Priority.values());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm long version, @RestForm String statement,
            @RestForm String claimant, @RestForm String claimDate, @RestForm String appearanceUrl,
            @RestForm String tags, @RestForm String priority) {
        ClaimForm form = new ClaimForm(nz(statement), nz(claimant), nz(claimDate), nz(appearanceUrl), nz(tags),
                nz(priority));
        try {
            service.update(id, version, new ClaimService.ClaimEdit(statement, claimant, claimDate, appearanceUrl,
                    tags, priority));
            return Response.seeOther(URI.create("/claims/" + id)).cookie(flash.cookie("Claim saved.")).build();
        } catch (ClaimService.StaleClaimException e) {
            return Response.status(409).entity(Templates.conflict(e.current, form, new FormErrors(), Priority.values())).build();
        } catch (ClaimService.InvalidClaimException e) {
            return Response.status(422).entity(Templates.show(service.find(id), form, e.errors, true,
                    Priority.values())).build();
        }
    }

    private boolean canEdit() {
        return identity.hasRole(Role.EDITOR_NAME);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}

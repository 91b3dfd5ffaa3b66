package org.factdesk.settings;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Role;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.TimeZones;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin page for the organisation that publishes the desk's fact checks. */
@Path("/admin/organisation")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class OrganisationResource {

    /** What the settings form shows and sends back, as typed, with the version it was loaded at. */
    public record OrganisationForm(String name, String url, String logoUrl, String language, String timeZone,
            long version) {
        static OrganisationForm of(Organisation o) {
            return new OrganisationForm(o.name, nz(o.url), nz(o.logoUrl), o.defaultLanguage, o.timeZone, o.version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Organisation organisation, OrganisationForm form, FormErrors errors,
                boolean conflict, Language[] languages, List<String> zones);
    }

    @Inject
    OrganisationService service;

    @Inject
    DeskDefaults defaults;

    @Inject
    Localization localization;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance edit() {
        Organisation organisation = service.current();
        return page(organisation, OrganisationForm.of(organisation), new FormErrors(), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm Long version, @RestForm String name, @RestForm String url,
            @RestForm String logoUrl, @RestForm String language, @RestForm String timeZone) {
        // A form without its version cannot prove it saw the latest values: it is treated as stale.
        long loaded = version == null ? -1 : version;
        OrganisationForm form = new OrganisationForm(nz(name), nz(url), nz(logoUrl), nz(language), nz(timeZone),
                loaded);
        return Forms.submit(() -> {
            service.update(loaded, new OrganisationService.OrganisationInput(name, url, logoUrl, language, timeZone));
            defaults.reload();
            return Response.seeOther(URI.create("/admin/organisation"))
                    .cookie(flash.cookie(localization.messages(SettingsMessages.class).saved())).build();
        }, refused -> {
            Organisation saved = refused.current(Organisation.class);
            if (saved != null) {
                OrganisationForm mine = new OrganisationForm(form.name(), form.url(), form.logoUrl(),
                        form.language(), form.timeZone(), saved.version);
                return Response.status(409).entity(page(saved, mine, new FormErrors(), true)).build();
            }
            return Response.status(422).entity(page(service.current(), form, refused.errors(), false)).build();
        });
    }

    private static TemplateInstance page(Organisation organisation, OrganisationForm form, FormErrors errors,
            boolean conflict) {
        return Templates.edit(organisation, form, errors, conflict, Language.values(), TimeZones.choices());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.factdesk.settings;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Role;
import org.factdesk.claim.Rating;
import org.factdesk.claim.RatingLabels;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Admin pages for the rating scale: list, add, edit, retire/restore and delete unused ratings. */
@Path("/admin/ratings")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class RatingAdminResource {

    /**
     * What the rating forms show and send back, as typed; {@code version} is the one the form was loaded at (on a
     * conflict page, the saved one, so that saving again is a deliberate overwrite). {@code translations} holds the
     * label typed for each language but English, blank where there is none.
     */
    public record RatingForm(String key, String label, String value, String colour, String order, long version,
            Map<Language, String> translations) {
        static RatingForm of(Rating r) {
            Map<Language, String> typed = new EnumMap<>(Language.class);
            for (Language language : RatingScaleService.translatedLanguages()) {
                typed.put(language, r.translations.getOrDefault(language.tag(), ""));
            }
            return new RatingForm(r.key, r.label, r.value == null ? "" : r.value.toString(), r.colour,
                    Integer.toString(r.position), r.version, typed);
        }

        RatingForm atVersion(long newVersion) {
            return new RatingForm(key, label, value, colour, order, newVersion, translations);
        }

        RatingScaleService.RatingInput input() {
            return new RatingScaleService.RatingInput(key, label, value, colour, order, translations);
        }

        /** One field per language but English, in the languages' order, for the form to show. */
        public List<Translation> translationFields() {
            return RatingScaleService.translatedLanguages().stream()
                    .map(l -> new Translation(l, RatingScaleService.fieldName(l), translations.getOrDefault(l, "")))
                    .toList();
        }
    }

    /** The label field of one language: {@code name} is the form field and its id. */
    public record Translation(Language language, String name, String value) {
    }

    /** The labels as the form sent them, by language; a field the form did not send is left out (kept as saved). */
    private static Map<Language, String> typed(String es, String fr, String ptBr) {
        Map<Language, String> typed = new EnumMap<>(Language.class);
        if (es != null) {
            typed.put(Language.SPANISH, es);
        }
        if (fr != null) {
            typed.put(Language.FRENCH, fr);
        }
        if (ptBr != null) {
            typed.put(Language.PORTUGUESE_BRAZIL, ptBr);
        }
        return typed;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Rating> ratings, String error);

        /**
         * Adding and editing a rating are one page: without a rating, it adds one; create and edit name the two
         * uses.
         */
        static native TemplateInstance form(Rating rating, RatingForm form, FormErrors errors, boolean conflict,
                long usage);

        static TemplateInstance create(RatingForm form, FormErrors errors) {
            return form(null, form, errors, false, 0);
        }

        static TemplateInstance edit(Rating rating, RatingForm form, FormErrors errors, boolean conflict,
                long usage) {
            return form(rating, form, errors, conflict, usage);
        }
    }

    @Inject
    RatingScaleService service;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    @Inject
    RatingLabels labels;

    @GET
    public TemplateInstance list() {
        return Templates.list(Rating.scale(), null);
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.create(new RatingForm("", "", "", "#57606a", Integer.toString(service.nextOrder()), 0,
                typed("", "", "")), new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String key, @RestForm String label, @RestForm String value,
            @RestForm String colour, @RestForm String order, @RestForm("label-es") String labelEs,
            @RestForm("label-fr") String labelFr, @RestForm("label-pt-BR") String labelPtBr) {
        RatingForm form = new RatingForm(nz(key), nz(label), nz(value), nz(colour), nz(order), 0,
                typed(labelEs, labelFr, labelPtBr));
        return Forms.submit(() -> {
            Rating rating = service.create(form.input());
            labels.reload();
            return Response.seeOther(URI.create("/admin/ratings"))
                    .cookie(flash.cookie(text().added(label(rating)))).build();
        }, refused -> Response.status(422).entity(Templates.create(form, refused.errors())).build());
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") long id) {
        Rating rating = service.find(id);
        return Templates.edit(rating, RatingForm.of(rating), new FormErrors(), false, service.usage(rating));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm Long version, @RestForm String label,
            @RestForm String value, @RestForm String colour, @RestForm String order,
            @RestForm("label-es") String labelEs, @RestForm("label-fr") String labelFr,
            @RestForm("label-pt-BR") String labelPtBr) {
        // A form without its version cannot prove it saw the latest values: it is treated as stale.
        long loaded = version == null ? -1 : version;
        RatingForm form = new RatingForm(service.find(id).key, nz(label), nz(value), nz(colour), nz(order), loaded,
                typed(labelEs, labelFr, labelPtBr));
        return Forms.submit(() -> {
            Rating rating = service.update(id, loaded, form.input());
            labels.reload();
            return Response.seeOther(URI.create("/admin/ratings"))
                    .cookie(flash.cookie(text().saved(label(rating)))).build();
        }, refused -> {
            Rating saved = refused.current(Rating.class);
            if (saved != null) {
                return Response.status(409).entity(Templates.edit(saved, form.atVersion(saved.version),
                        new FormErrors(), true, service.usage(saved))).build();
            }
            Rating current = service.find(id);
            return Response.status(422)
                    .entity(Templates.edit(current, form, refused.errors(), false, service.usage(current))).build();
        });
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@PathParam("id") long id) {
        Rating rating = service.retire(id);
        return Response.seeOther(URI.create("/admin/ratings"))
                .cookie(flash.cookie(text().retiredNotice(label(rating)))).build();
    }

    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id) {
        Rating rating = service.restore(id);
        return Response.seeOther(URI.create("/admin/ratings"))
                .cookie(flash.cookie(text().restoredNotice(label(rating)))).build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        try {
            Rating deleted = service.delete(id);
            String label = label(deleted);
            labels.reload();
            return Response.seeOther(URI.create("/admin/ratings"))
                    .cookie(flash.cookie(text().deleted(label))).build();
        } catch (RatingScaleService.RatingInUseException e) {
            return Response.status(409).entity(Templates.list(Rating.scale(),
                    text().inUse(label(e.rating), service.usage(e.rating)))).build();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The rating's label in the reader's language, as the scale shows it to them. */
    private String label(Rating rating) {
        return RatingLabels.label(rating.key, rating.label, localization.language());
    }

    private RatingAdminMessages text() {
        return localization.messages(RatingAdminMessages.class);
    }
}

package org.factdesk.account;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.signin.Identities;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.TimeZones;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person's own account: profile at a glance, language and time zone, password change. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyAccountResource {

    /** The language and zone as the form shows them: the saved values, or what was typed when refused. */
    public record Preferences(String language, String timeZone) {
        static Preferences of(Account account) {
            return new Preferences(nz(account.language), nz(account.timeZone));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Account account, Preferences preferences, FormErrors errors,
                Language[] languages, List<String> zones, String deskZone);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService service;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    @GET
    public TemplateInstance me() {
        Account account = current();
        return page(account, Preferences.of(account), new FormErrors());
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePreferences(@RestForm String language, @RestForm String timeZone) {
        Account account = current();
        return Forms.submit(() -> {
            Account saved = service.savePreferences(account.id, language, timeZone, text());
            // The notice is read on the next page, which is already in the language just chosen.
            AccountMessages next = Localization.messages(AccountMessages.class,
                    localization.languageWith(saved.language));
            return Response.seeOther(URI.create("/account")).cookie(flash.cookie(next.preferencesSaved())).build();
        }, refused -> Response.status(422)
                .entity(page(account, new Preferences(nz(language), nz(timeZone)), refused.errors())).build());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password,
            @RestForm String confirmation) {
        Account account = current();
        return Forms.submit(() -> {
            service.changeOwnPassword(account.id, current, password, confirmation,
                    identity.getAttribute(Identities.SESSION_ID));
            return Response.seeOther(URI.create("/account"))
                    .cookie(flash.cookie(text().passwordChanged())).build();
        }, refused -> Response.status(422).entity(page(account, Preferences.of(account), refused.errors())).build());
    }

    private TemplateInstance page(Account account, Preferences preferences, FormErrors errors) {
        return Templates.me(account, preferences, errors, Language.values(), TimeZones.choices(),
                localization.deskZone().getId());
    }

    private AccountMessages text() {
        return localization.messages(AccountMessages.class);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Account current() {
        return Account.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No account for this sign-in."));
    }
}

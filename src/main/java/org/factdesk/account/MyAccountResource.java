package org.factdesk.account;

import java.net.URI;

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
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person's own account: profile at a glance and password change. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MyAccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(Account account, FormErrors errors);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService service;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance me() {
        return Templates.me(current(), new FormErrors());
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
                    .cookie(flash.cookie("Your password is changed; your other sessions have ended.")).build();
        }, refused -> Response.status(422).entity(Templates.me(account, refused.errors())).build());
    }

    private Account current() {
        return Account.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No account for this sign-in."));
    }
}

package org.factdesk.account;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Admin pages for accounts: list, create, edit roles, deactivate/reactivate, reset password. */
@Path("/admin/accounts")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AccountAdminResource {

    /** What the account forms show and send back. */
    public record AccountForm(String username, String displayName, String email, List<String> roles) {
        public boolean hasRole(String key) {
            return roles != null && roles.contains(key);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Account> accounts, int page, int pages, long total);

        /**
         * Creating and editing an account are one page: without an account, it creates one; create and edit name the
         * two uses.
         */
        static native TemplateInstance form(Account account, AccountForm form, FormErrors errors, Role[] roles);

        static TemplateInstance create(AccountForm form, FormErrors errors, Role[] roles) {
            return form(null, form, errors, roles);
        }

        static TemplateInstance edit(Account account, AccountForm form, FormErrors errors, Role[] roles) {
            return form(account, form, errors, roles);
        }
    }

    @Inject
    AccountService service;

    @Inject
    FactDeskConfig config;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        int size = config.pageSize();
        long total = Account.count();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Paging.pageNumber(page), pages - 1);
        return Templates.list(Account.listPage(current, size), current, pages, total);
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.create(new AccountForm("", "", "", List.of(Role.REVIEWER.key)), new FormErrors(), Role.values());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String email,
            @RestForm("roles") List<String> roles, @RestForm String password) {
        AccountForm form = new AccountForm(username, displayName, email, roles == null ? List.of() : roles);
        return Forms.submit(() -> {
            Account account = service.create(new AccountService.NewAccount(username, displayName, email, form.roles(),
                    password));
            return Response.seeOther(URI.create("/admin/accounts"))
                    .cookie(flash.cookie(text().created(account.username))).build();
        }, refused -> Response.status(422).entity(Templates.create(form, refused.errors(), Role.values())).build());
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") long id) {
        Account account = service.find(id);
        return Templates.edit(account, formOf(account), new FormErrors(), Role.values());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm String displayName, @RestForm String email,
            @RestForm("roles") List<String> roles) {
        Account account = service.find(id);
        AccountForm form = new AccountForm(account.username, displayName, email, roles == null ? List.of() : roles);
        return Forms.submit(() -> {
            service.update(id, displayName, email, form.roles());
            return Response.seeOther(URI.create("/admin/accounts/" + id))
                    .cookie(flash.cookie(text().saved(account.username))).build();
        }, refused -> Response.status(422)
                .entity(Templates.edit(service.find(id), form, refused.errors(), Role.values())).build());
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") long id) {
        return Forms.submit(() -> {
            Account account = service.deactivate(id);
            return Response.seeOther(URI.create("/admin/accounts/" + id))
                    .cookie(flash.cookie(text().deactivatedNotice(account.username))).build();
        }, refused -> {
            Account account = service.find(id);
            return Response.status(409).entity(Templates.edit(account, formOf(account), refused.errors(),
                    Role.values())).build();
        });
    }

    @POST
    @Path("{id}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("id") long id) {
        Account account = service.reactivate(id);
        return Response.seeOther(URI.create("/admin/accounts/" + id))
                .cookie(flash.cookie(text().reactivatedNotice(account.username))).build();
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
        return Forms.submit(() -> {
            Account account = service.resetPassword(id, password);
            return Response.seeOther(URI.create("/admin/accounts/" + id))
                    .cookie(flash.cookie(text().passwordResetNotice(account.username)))
                    .build();
        }, refused -> {
            Account account = service.find(id);
            return Response.status(422).entity(Templates.edit(account, formOf(account), refused.errors(),
                    Role.values())).build();
        });
    }

    private static AccountForm formOf(Account account) {
        return new AccountForm(account.username, account.displayName, account.email, List.copyOf(account.roles));
    }

    private AccountAdminMessages text() {
        return localization.messages(AccountAdminMessages.class);
    }
}

package org.factdesk.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;
import org.factdesk.web.Problems;

/** JSON API for accounts: admins create them; admins, editors and auditors list them. */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountApi {

    /** An account as the API shows it; never the password hash. */
    public record AccountView(long id, String username, String displayName, String email, List<String> roles,
            boolean active, Instant createdAt, Instant lastSignInAt) {
        static AccountView of(Account a) {
            return new AccountView(a.id, a.username, a.displayName, a.email, List.copyOf(a.roles), a.active,
                    a.createdAt, a.lastSignInAt);
        }
    }

    /** The body of {@code POST /api/v1/accounts}. */
    public record CreateAccount(String username, String displayName, String email, List<String> roles,
            String password) {
    }

    /** A page of accounts. */
    public record AccountPage(List<AccountView> items, long total, int page, int size) {
    }

    @Inject
    AccountService service;

    @Inject
    FactDeskConfig config;

    @Inject
    Localization localization;

    @GET
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME, Role.AUDITOR_NAME })
    public AccountPage list(@QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, config.pageSize());
        List<AccountView> items = Account.listPage(paging.page(), paging.size()).stream().map(AccountView::of).toList();
        return new AccountPage(items, Account.count(), paging.page(), paging.size());
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(CreateAccount body) {
        if (body == null) {
            return Problems.response(400, localization.messages(AccountAdminMessages.class).apiBodyMissing());
        }
        Account account = service.create(new AccountService.NewAccount(body.username(), body.displayName(),
                body.email(), body.roles(), body.password()));
        return Response.created(URI.create("/api/v1/accounts/" + account.id)).entity(AccountView.of(account)).build();
    }
}

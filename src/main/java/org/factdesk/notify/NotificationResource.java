package org.factdesk.notify;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Account;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Flash;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person's notifications page, newest first, and marking them all as read. */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(NotificationService.NotificationPage result);
    }

    @Inject
    NotificationService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    FactDeskConfig config;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        return Templates.list(service.page(Account.signedIn(identity), false, Paging.pageNumber(page), config.pageSize()));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        int marked = service.markAllRead(Account.signedIn(identity));
        String notice = localization.messages(NotifyMessages.class).markedRead(marked);
        return Response.seeOther(URI.create("/notifications")).cookie(flash.cookie(notice)).build();
    }
}

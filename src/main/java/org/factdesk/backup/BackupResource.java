package org.factdesk.backup;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Role;
import org.factdesk.web.Flash;
import org.factdesk.web.Localization;
import org.factdesk.web.SecuritySignal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * /admin/backups: the backups of the embedded database, "Back up now", and downloads. Every backup made or
 * downloaded here goes to the security log: a backup is a copy of everything, accounts' password hashes included.
 */
@Path("/admin/backups")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class BackupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(boolean supported, List<BackupService.Backup> backups, String folder,
                String error);
    }

    @Inject
    BackupService backups;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    @Inject
    Event<SecuritySignal> security;

    @GET
    public TemplateInstance list() {
        return page(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(RoutingContext context) {
        if (!backups.supported()) {
            return Response.status(409).entity(page(text().unsupported())).build();
        }
        BackupService.Backup made;
        try {
            made = backups.create(true);
        } catch (RuntimeException e) {
            // Most often a full disk or a folder the app may not write to: say so, and keep the page usable.
            return Response.status(503).entity(page(text().failed(String.valueOf(e.getMessage())))).build();
        }
        security.fire(SecuritySignal.of(SecuritySignal.Kind.BACKUP_MADE, context, made.name() + ", " + made.size()));
        return Response.seeOther(URI.create("/admin/backups"))
                .cookie(flash.cookie(text().madeNotice(made.name(),
                        BackupLabels.size(made.bytes(), localization.language())))).build();
    }

    @GET
    @Path("{name}")
    @Produces("application/zip")
    public Response download(@PathParam("name") String name, RoutingContext context) {
        java.nio.file.Path file = backups.file(name).orElseThrow(() -> new NotFoundException(text().noSuchBackup()));
        security.fire(SecuritySignal.of(SecuritySignal.Kind.BACKUP_DOWNLOADED, context, name));
        return Response.ok(file.toFile(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private TemplateInstance page(String error) {
        return Templates.list(backups.supported(), backups.list(), backups.folder().toString(), error);
    }

    private BackupMessages text() {
        return localization.messages(BackupMessages.class);
    }
}

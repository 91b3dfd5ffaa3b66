package org.factdesk.claim;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The dashboard: the signed-in person's queues at a glance. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard();
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard();
    }
}

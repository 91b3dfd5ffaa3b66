package org.factdesk.settings;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/** JSON API for the publisher details that published fact checks carry as their author. */
@Path("/api/v1/organisation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationApi {

    /** The organisation as the API shows it; absent addresses are null. */
    public record OrganisationView(String name, String url, String logoUrl) {
    }

    @Inject
    OrganisationService service;

    @GET
    public OrganisationView get() {
        Organisation o = service.current();
        return new OrganisationView(o.name, o.url, o.logoUrl);
    }
}

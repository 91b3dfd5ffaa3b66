package org.factdesk.web;

import java.lang.annotation.Annotation;
import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * Notices the refusals of quarkus-rest-csrf, which answers a form sent without its token (or with a wrong one)
 * with an empty 400 and no exception: logs each to the security log and gives the person a page that says what
 * happened instead of a blank one.
 */
public class CsrfRefusals {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Set by quarkus-rest-csrf on the routing context once a request's form token checked out. */
    private static final String VERIFIED = "csrf_token_verified";

    @Inject
    Event<SecuritySignal> security;

    @ServerResponseFilter
    public void refused(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE.contains(request.getMethod())
                || rc.get(VERIFIED) != null || !isForm(request.getMediaType())) {
            return;
        }
        security.fire(SecuritySignal.of(SecuritySignal.Kind.CSRF_REFUSED, rc,
                request.getMethod() + ", form token missing, expired or wrong"));
        response.setEntity(ErrorPages.Templates.error(400, "Form expired",
                "This form was sent without its security token, or the token has expired. Nothing was changed. "
                        + "Go back, reload the page and send the form again.", null),
                new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}

package org.factdesk.web;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every failure into an answer a person can read: an error page in the layout for browsers, problem+json
 * for the API. Unexpected errors get an id that is also in the log, and no stack trace in production.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, String errorId);
    }

    @Inject
    UriInfo uriInfo;

    @Inject
    HttpHeaders headers;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Event<SecuritySignal> security;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "Not found", "There is nothing at this address. It may have been moved or deleted.", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        // Object-level refusals (not your claim, your own verdict) carry their reason; role checks carry none.
        boolean roleCheck = e.getMessage() == null || e.getMessage().isBlank();
        String reason = roleCheck ? "Your roles do not allow this. Ask an admin if you need access." : e.getMessage();
        RoutingContext rc = request.getCurrent();
        if (rc != null) {
            // Role checks run on the event loop: the security log stores the row on a worker thread.
            security.fire(SecuritySignal.of(SecuritySignal.Kind.PERMISSION_REFUSED, rc,
                    rc.request().method() + (roleCheck ? ", roles do not allow it" : ", " + e.getMessage())));
        }
        return respond(403, "Not allowed", reason, null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        if (isApi()) {
            return Problems.response(401, "Sign in first: send HTTP Basic credentials or the session cookie.");
        }
        return Response.seeOther(java.net.URI.create("/login")).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response conflict(RuntimeException e) {
        return respond(409, "Changed meanwhile",
                "Someone else changed this while you were working on it. Reload the page to see their change.", null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        Map<String, String> fields = new java.util.TreeMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            fields.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        String detail = fields.isEmpty() ? "The request is not valid."
                : "Check these fields: " + String.join(", ", fields.keySet()) + ".";
        if (isApi()) {
            return Problems.response(400, detail, Map.of("errors", fields));
        }
        return respond(400, "Not valid", detail, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 405 && e instanceof NotAllowedException) {
            return respond(405, "Not allowed here", "This address does not take that kind of request.", null);
        }
        if (status == 413) {
            return respond(413, "Too large", "What you sent is larger than FactDesk accepts.", null);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 415 || status == 400 || status == 406 || status == 409 || status == 422 || status == 404) {
            String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                    ? e.getMessage() : "The request could not be understood.";
            return respond(status, status == 404 ? "Not found" : "Bad request", detail, null);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "error %s on %s", errorId, uriInfo == null ? "?" : LogText.of(uriInfo.getPath()));
        String message = "Something went wrong on our side. Nothing you did caused it. Error id: " + errorId + ".";
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            message += " (" + e + ")";
        }
        return respond(500, "Something went wrong", message, errorId);
    }

    private Response respond(int status, String title, String message, String errorId) {
        if (isApi()) {
            Map<String, Object> extra = errorId == null ? Map.of() : Map.of("errorId", errorId);
            return Problems.response(status, message, extra);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message, errorId)).build();
    }

    private boolean isApi() {
        String path = uriInfo == null ? "" : uriInfo.getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            return true;
        }
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }
}

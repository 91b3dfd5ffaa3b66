package org.factdesk.web;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    @Inject
    Localization localization;

    @ServerExceptionMapper({ NotFoundException.class, MissingException.class })
    public Response notFound(RuntimeException e) {
        return respond(404, text().notFoundTitle(), text().notFound(), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        // Object-level refusals (not your claim, your own verdict) carry their reason; role checks carry none.
        boolean roleCheck = e.getMessage() == null || e.getMessage().isBlank();
        String reason = roleCheck ? text().rolesDoNotAllow() : e.getMessage();
        RoutingContext rc = request.getCurrent();
        if (rc != null) {
            // Role checks run on the event loop: the security log stores the row on a worker thread.
            security.fire(SecuritySignal.of(SecuritySignal.Kind.PERMISSION_REFUSED, rc,
                    rc.request().method() + (roleCheck ? ", roles do not allow it"
                            : ", " + (e instanceof ObjectRefusal refusal ? refusal.logReason() : e.getMessage()))));
        }
        return respond(403, text().notAllowedTitle(), reason, null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        if (isApi()) {
            return Problems.response(401, text().signInFirst());
        }
        return Response.seeOther(java.net.URI.create("/login")).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response conflict(RuntimeException e) {
        return respond(409, text().changedTitle(), text().changedMeanwhile(), null);
    }

    /**
     * Refused input no page method re-rendered itself (the API, or a page action without a form of its own):
     * problem+json with the messages per field, or an error page listing them. A duplicate is a 409.
     */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        int status = e.isDuplicate() ? 409 : isApi() ? 400 : 422;
        if (isApi()) {
            return Problems.response(status, e.getMessage(), Map.of("errors", e.errors().asMap()));
        }
        return respond(status, text().notSavedTitle(), e.getMessage(), null);
    }

    /** A version that moved on, where no page re-rendered its form: 409 with the reason. */
    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e) {
        String detail = e.getMessage() + e.currentVersion().map(v -> " " + text().versionNow(v)).orElse("");
        return respond(409, text().changedTitle(), detail, null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        Map<String, String> fields = new java.util.TreeMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            fields.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), violationText(v));
        });
        String detail = fields.isEmpty() ? text().requestNotValid()
                : text().checkFields(String.join(", ", fields.keySet()));
        if (isApi()) {
            return Problems.response(400, detail, Map.of("errors", fields));
        }
        return respond(400, text().notValidTitle(), detail, null);
    }

    /**
     * A constraint's refusal in the reader's language, from the constraint itself rather than Hibernate Validator's
     * English message: the constraints the entities use each have their text, any other the general one.
     */
    private String violationText(ConstraintViolation<?> violation) {
        AppMessages text = text();
        java.lang.annotation.Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotBlank || constraint instanceof NotEmpty || constraint instanceof NotNull) {
            return text.fieldRequired();
        }
        if (constraint instanceof Email) {
            return text.fieldEmail();
        }
        if (constraint instanceof Size size) {
            return size.min() <= 0 ? text.fieldTooLong(size.max()) : text.fieldLength(size.min(), size.max());
        }
        if (constraint instanceof Min min) {
            return text.fieldMin(min.value());
        }
        if (constraint instanceof Max max) {
            return text.fieldMax(max.value());
        }
        return text.fieldInvalid();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 405 && e instanceof NotAllowedException) {
            return respond(405, text().wrongMethodTitle(), text().wrongMethod(), null);
        }
        if (status == 413) {
            return respond(413, text().tooLargeTitle(), text().tooLarge(), null);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        if (status == 415 || status == 400 || status == 406 || status == 409 || status == 422 || status == 404) {
            String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                    ? e.getMessage() : text().notUnderstood();
            return respond(status, status == 404 ? text().notFoundTitle() : text().badRequestTitle(), detail, null);
        }
        return e.getResponse();
    }

    /** JSON that does not parse, or whose values have the wrong shape: the client's mistake, said in words. */
    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        // Only what a parser reported is the client's; a failure writing a response is ours.
        if (e instanceof StreamConstraintsException) {
            return Problems.response(400, text().jsonTooDeep());
        }
        return e.getProcessor() instanceof JsonParser ? Problems.response(400, jsonDetail(e, text())) : unexpected(e);
    }

    /** Replaces Quarkus' own mapper for this case, which answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (whileReadingRequest(e)) {
            // A body that could not be read (a broken %-escape in a form, a cut multipart, a malformed chunk, a
            // client that hung up): the request was refused before anything ran. When the connection is already
            // gone nobody reads this answer, but nothing fails either.
            LOG.debugf("request to %s could not be read: %s", uriInfo == null ? "?" : LogText.of(uriInfo.getPath()),
                    LogText.of(e.getMessage()));
            return respond(400, text().badRequestTitle(), text().bodyUnreadable(), null);
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "error %s on %s", errorId, uriInfo == null ? "?" : LogText.of(uriInfo.getPath()));
        String message = text().unexpected(errorId);
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            message += " (" + e + ")";
        }
        return respond(500, text().unexpectedTitle(), message, errorId);
    }

    static String jsonDetail(JsonProcessingException e, AppMessages text) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            return text.jsonWrongShape(field);
        }
        if (e instanceof MismatchedInputException) {
            return text.jsonNotOneObject();
        }
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? text.jsonInvalidAt(at.getLineNr(), at.getColumnNr())
                : text.jsonInvalid();
    }

    /** Thrown by quarkus-rest while reading the request's body, before any FactDesk code ran. */
    private static boolean whileReadingRequest(Throwable e) {
        if (!(e instanceof java.io.IOException) && !(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.factdesk.")) {
                return false;
            }
            if (type.startsWith("org.jboss.resteasy.reactive.server.vertx.VertxInputStream")
                    || type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")) {
                return true;
            }
        }
        return false;
    }

    /** The texts in the reader's language (the API's: its Accept-Language, else English). */
    private AppMessages text() {
        return localization.messages(AppMessages.class);
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

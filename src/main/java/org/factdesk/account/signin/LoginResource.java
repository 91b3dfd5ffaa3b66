package org.factdesk.account.signin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.AccountMessages;
import org.factdesk.account.DemoAccounts;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Flash;
import org.factdesk.web.Localization;
import org.factdesk.web.SecuritySignal;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** The sign-in page and sign-out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error, List<String> demoAccounts);
    }

    @Inject
    SignInService signIn;

    @Inject
    SessionService sessions;

    @Inject
    KnownBrowsers browsers;

    @Inject
    SecurityIdentity identity;

    @Inject
    FactDeskConfig config;

    @Inject
    DemoAccounts demo;

    @Inject
    Flash flash;

    @Inject
    Event<SecuritySignal> security;

    @Inject
    Localization localization;

    @GET
    @Path("login")
    @PermitAll
    public Response form(@QueryParam("next") String next) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        return Response.ok(Templates.login("", safeNext(next), null, demo.hints())).build();
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next,
            RoutingContext context) {
        String ip = ip(context);
        Cookie device = context.request().getCookie(KnownBrowsers.COOKIE);
        SignInService.Result result = signIn.signIn(username, password, ip, "/login", SignInService.Channel.FORM,
                device == null ? null : device.getValue());
        String kept = username == null ? "" : username.strip();
        switch (result.status()) {
            case OK:
                String token = sessions.open(result.account(), ip, context.request().getHeader("User-Agent"));
                context.response().addCookie(SessionCookies.session(config, context, token));
                context.response().addCookie(SessionCookies.device(config, context,
                        browsers.noteFor(result.account().id, Instant.now())));
                return Response.seeOther(URI.create(safeNext(next))).build();
            case THROTTLED:
            case BUSY:
                return Response.fromResponse(page(result.status() == SignInService.Status.THROTTLED ? 429 : 503, kept,
                        next, result.message(text()))).header("Retry-After", result.retryAfter().toSeconds()).build();
            case INACTIVE:
                return page(401, kept, next, result.message(text()));
            default:
                String message = (username == null || username.isBlank()) && (password == null || password.isEmpty())
                        ? text().enterBoth()
                        : result.message(text());
                return page(401, kept, next, message);
        }
    }

    @POST
    @Path("logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(RoutingContext context) {
        Cookie cookie = context.request().getCookie(config.session().cookieName());
        if (cookie != null) {
            sessions.close(cookie.getValue());
        }
        security.fire(new SecuritySignal(SecuritySignal.Kind.SIGN_OUT, identity.getPrincipal().getName(),
                Identities.accountId(identity), ip(context), "/logout", null));
        context.response().addCookie(SessionCookies.expired(config, context));
        return Response.seeOther(URI.create("/login")).cookie(flash.cookie(text().signedOut())).build();
    }

    private AccountMessages text() {
        return localization.messages(AccountMessages.class);
    }

    private static String ip(RoutingContext context) {
        return context.request().remoteAddress() == null ? null : context.request().remoteAddress().hostAddress();
    }

    private Response page(int status, String username, String next, String error) {
        return Response.status(status).entity(Templates.login(username, safeNext(next), error, demo.hints()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** Only local paths, so the sign-in page cannot be used to send people to another site. */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.contains("\r") || next.contains("\n") || next.startsWith("/login")
                || next.length() > 2000) {
            return "/";
        }
        return next;
    }
}

package org.factdesk.account.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.web.AppMessages;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.Problems;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Signs requests in from the session cookie (browsers) or an HTTP Basic header (scripts). Sessions live in the
 * database, so sign-out and deactivation take effect at once on every instance; the stock form mechanism keeps
 * its state in the cookie and cannot be revoked.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String FAILURE_KEY = "factdesk.auth.failure";
    static final String STATUS_KEY = "factdesk.auth.status";
    static final String RETRY_KEY = "factdesk.auth.retry-after";

    @Inject
    FactDeskConfig config;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && takesBasic(context)) {
            return basic(context, identityProviderManager, authorization.substring(6).trim());
        }
        Cookie cookie = context.request().getCookie(config.session().cookieName());
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        SessionTokenRequest request = new SessionTokenRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request)
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    // An ended or unknown session is treated as anonymous, so public pages still open.
                    context.response().addCookie(SessionCookies.expired(config, context));
                    return null;
                });
    }

    private Uni<SecurityIdentity> basic(RoutingContext context, IdentityProviderManager manager, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            context.put(FAILURE_KEY, "The Authorization header is not valid Basic credentials.");
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            context.put(FAILURE_KEY, "The Authorization header is not valid Basic credentials.");
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        BasicLoginRequest request = new BasicLoginRequest(decoded.substring(0, colon), decoded.substring(colon + 1),
                context.request().remoteAddress() == null ? null : context.request().remoteAddress().hostAddress(),
                context.normalizedPath());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return manager.authenticate(request).onFailure().invoke(() -> {
            if (request.failure != null) {
                context.put(FAILURE_KEY, request.failure);
                context.put(STATUS_KEY, request.status);
                context.put(RETRY_KEY, request.retryAfter);
            }
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (wantsJson(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", challenge(context)));
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", loginLocation(context)));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!wantsJson(context)) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        String failure = context.get(FAILURE_KEY);
        // Written before any resource runs: the API's language is its Accept-Language, else English.
        Language language = Language.bestFor(context.request().getHeader("Accept-Language")).orElse(Language.DEFAULT);
        String detail = failure != null ? failure
                : Localization.messages(AppMessages.class, language).signInFirst();
        Integer status = context.get(STATUS_KEY);
        int code = status == null ? 401 : status;
        Long retryAfter = context.get(RETRY_KEY);
        var response = context.response().setStatusCode(code).putHeader("Content-Type", Problems.MEDIA_TYPE);
        if (code == 401) {
            response.putHeader("WWW-Authenticate", challenge(context));
        } else if (retryAfter != null && retryAfter > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        String title = Problems.title(code == 429 || code == 503 ? code : 401, language);
        response.end(Problems.json(code, title, detail, context.normalizedPath()));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class, BasicLoginRequest.class);
    }

    /**
     * HTTP Basic is taken only where scripts call: the API and the metrics. On pages it is ignored, so a browser
     * that cached Basic credentials (which SameSite does not cover) cannot be made to act through a page.
     */
    static boolean takesBasic(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api/") || path.equals("/q/metrics");
    }

    /**
     * The 401 challenge: Basic for scripts; for a browser (it sends Sec-Fetch-* headers) a scheme it will not answer
     * with a password dialog, so it never caches Basic credentials for this site.
     */
    private static String challenge(RoutingContext context) {
        boolean browser = context.request().getHeader("Sec-Fetch-Mode") != null
                || context.request().getHeader("Sec-Fetch-Site") != null;
        return browser ? "Session realm=\"FactDesk\", form=\"/login\"" : "Basic realm=\"FactDesk\"";
    }

    static boolean wantsJson(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
            return true;
        }
        String accept = context.request().getHeader(HttpHeaderNames.ACCEPT);
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    private static String loginLocation(RoutingContext context) {
        if (!"GET".equals(context.request().method().name())) {
            return "/login";
        }
        String uri = context.request().uri();
        if (uri == null || uri.equals("/") || !uri.startsWith("/") || uri.startsWith("//")) {
            return "/login";
        }
        return "/login?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }
}

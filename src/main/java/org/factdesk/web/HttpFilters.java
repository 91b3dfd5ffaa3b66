package org.factdesk.web;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-cutting HTTP rules: security headers on every response (pages, API, error pages, challenges and static
 * files alike), refusal of unsafe requests sent from another site, and a readable 413 for oversized bodies.
 */
public class HttpFilters {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Inject
    Event<SecuritySignal> security;

    void register(@Observes Filters filters) {
        long maxBody = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .map(io.quarkus.runtime.configuration.MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> {
                MultiMap headers = rc.response().headers();
                headers.set("Content-Security-Policy", CSP);
                String type = headers.get("Content-Type");
                if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
                    headers.set("Content-Type", "text/html;charset=UTF-8");
                }
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "same-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                if ("https".equals(rc.request().scheme())) {
                    // HTTPS directly or through the trusted proxy (FACTDESK_PROXY): stay on it, and mark every
                    // cookie Secure whoever set it (the CSRF filter only looks at the TLS socket, which a proxy ends).
                    headers.set("Strict-Transport-Security", "max-age=31536000");
                    secureCookies(rc, headers);
                }
                if (!headers.contains("Cache-Control") && !rc.normalizedPath().startsWith("/css/")
                        && !rc.normalizedPath().startsWith("/js/")) {
                    // Pages carry personal data and CSRF tokens: never keep them in shared caches.
                    headers.set("Cache-Control", "no-store");
                }
            });
            String length = rc.request().getHeader("Content-Length");
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > maxBody) {
                rc.response().putHeader("Connection", "close");
                fail(rc, 413, AppMessages::contentTooLargeTitle, AppMessages::contentTooLarge);
                return;
            }
            normaliseContentType(rc);
            normaliseAccept(rc);
            if (!readableAcceptLanguage(rc.request().getHeader("Accept-Language"))) {
                // Only a preference: unreadable, it counts as not sent (quarkus-rest would fail choosing a
                // template variant, a 500).
                rc.request().headers().remove("Accept-Language");
            }
            if (!readableAccept(rc.request().getHeader("Accept"))) {
                fail(rc, 400, text -> text.problemTitle(400), AppMessages::acceptUnreadable);
                return;
            }
            if (!SAFE.contains(rc.request().method()) && isCrossSite(rc)) {
                security.fire(SecuritySignal.of(SecuritySignal.Kind.CROSS_SITE_REFUSED, rc,
                        rc.request().method() + " from origin " + rc.request().getHeader("Origin")
                                + ", Sec-Fetch-Site " + rc.request().getHeader("Sec-Fetch-Site")));
                fail(rc, 403, text -> text.problemTitle(403), AppMessages::crossSiteRefused);
                return;
            }
            rc.next();
        }, 1000);
    }

    /** Bodies over the configured limit are cut off by Vert.x; answer in words rather than an empty 413. */
    void tooLarge(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.statusCode() == 413 && !rc.response().ended()) {
                fail(rc, 413, AppMessages::contentTooLargeTitle, AppMessages::contentTooLarge);
            } else {
                rc.next();
            }
        });
    }

    /**
     * Media types are case-insensitive, but the CSRF check compares them as written: {@code APPLICATION/X-WWW-FORM-
     * URLENCODED} would reach a form resource unchecked, and its page would have no token to render. One spelling
     * for everyone after this point.
     */
    private static void normaliseContentType(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type == null) {
            return;
        }
        int semicolon = type.indexOf(';');
        String essence = semicolon < 0 ? type : type.substring(0, semicolon);
        String lower = essence.strip().toLowerCase(Locale.ROOT);
        if (!lower.equals(essence)) {
            rc.request().headers().set("Content-Type", semicolon < 0 ? lower : lower + type.substring(semicolon));
        }
    }

    private static final java.util.regex.Pattern MEDIA_RANGE = java.util.regex.Pattern.compile(
            "\\s*([\\w.+*!#$&^`|~-]+/[\\w.+*!#$&^`|~-]+)"
                    + "(\\s*;\\s*[\\w.+!#$&^`|~-]+\\s*=\\s*(\"[^\"]*\"|[\\w.+*/!#$&^`|~-]*))*\\s*");
    private static final java.util.regex.Pattern QUALITY = java.util.regex.Pattern.compile(
            ";\\s*q\\s*=\\s*([^;]*)");

    /** Java's HttpURLConnection sends {@code *; q=.2}, which quarkus-rest cannot parse: spell it as a media range. */
    private static void normaliseAccept(RoutingContext rc) {
        String accept = rc.request().getHeader("Accept");
        if (accept == null || accept.length() > 4096) {
            return;
        }
        String fixed = accept.replaceAll("(^|,)\\s*\\*\\s*(?=;|,|$)", "$1*/*")
                .replaceAll("(q\\s*=\\s*)\\.", "$10.");
        if (!fixed.equals(accept)) {
            rc.request().headers().set("Accept", fixed);
        }
    }

    /**
     * An Accept header quarkus-rest can parse: a list of media ranges whose {@code q} is a number from 0 to 1. Its
     * parser throws on anything else where no error page can be shown, so the refusal comes here.
     */
    static boolean readableAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        if (accept.length() > 4096) {
            return false;
        }
        for (String range : accept.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            if (!MEDIA_RANGE.matcher(range).matches()) {
                return false;
            }
            java.util.regex.Matcher q = QUALITY.matcher(range);
            while (q.find()) {
                String value = q.group(1).strip();
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern LANGUAGE_RANGE = java.util.regex.Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*(;\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?)\\s*)?");

    /**
     * An Accept-Language header quarkus-rest and {@link Language#bestFor} can read: at most 1,000 characters of
     * language ranges with a {@code q} from 0 to 1, none of them empty.
     */
    static boolean readableAcceptLanguage(String header) {
        if (header == null) {
            return true;
        }
        if (header.isBlank() || header.length() > 1000) {
            return false;
        }
        for (String range : header.split(",", -1)) {
            if (!LANGUAGE_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Cookies as header lines (JAX-RS) and as Vert.x cookies not yet written (they are written after this). */
    private static void secureCookies(RoutingContext rc, MultiMap headers) {
        List<String> lines = headers.getAll("Set-Cookie");
        if (!lines.isEmpty()) {
            headers.remove("Set-Cookie");
            for (String line : lines) {
                headers.add("Set-Cookie", line.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|\\s*)$") ? line
                        : line + "; Secure");
            }
        }
        for (io.vertx.core.http.Cookie cookie : rc.request().cookies()) {
            if (cookie instanceof ServerCookie server && server.isChanged() && !server.isFromUserAgent()) {
                cookie.setSecure(true);
            }
        }
    }

    /** True when the browser says the request was made by a page of another origin. */
    static boolean isCrossSite(RoutingContext rc) {
        String fetchSite = rc.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite)) {
            return true;
        }
        String origin = rc.request().getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String host = rc.request().authority() == null ? null : rc.request().authority().toString();
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || !host.equalsIgnoreCase(originHost) && !host.equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * Refuses the request before any resource runs, so before the person is known: in the language their browser
     * asks for, else English.
     */
    private static void fail(RoutingContext rc, int status, Function<AppMessages, String> titled,
            Function<AppMessages, String> detailed) {
        Language language = Language.bestFor(rc.request().getHeader("Accept-Language")).orElse(Language.DEFAULT);
        AppMessages text = Localization.messages(AppMessages.class, language);
        String title = titled.apply(text);
        String detail = detailed.apply(text);
        String accept = rc.request().getHeader("Accept");
        boolean html = accept != null && accept.contains("text/html") && !rc.normalizedPath().startsWith("/api/");
        rc.response().setStatusCode(status);
        if (html) {
            rc.response().putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end("<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                            + "<title>" + title + " · FactDesk</title>"
                            + "<link rel=\"stylesheet\" href=\"/css/factdesk.css\"></head><body><main id=\"main\">"
                            + "<h1>" + title + "</h1><p>" + detail + "</p><p><a href=\"/\">" + text.backToDashboard()
                            + "</a></p></main></body></html>");
        } else {
            rc.response().putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(Problems.json(status, title, detail, rc.normalizedPath()));
        }
    }
}

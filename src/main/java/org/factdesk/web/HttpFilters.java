package org.factdesk.web;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/** Security headers on every response: pages, API, error pages, challenges and static files alike. */
public class HttpFilters {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    void register(@Observes Filters filters) {
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
                if (!headers.contains("Cache-Control") && !rc.normalizedPath().startsWith("/css/")
                        && !rc.normalizedPath().startsWith("/js/") && !rc.normalizedPath().startsWith("/webjars/")) {
                    // Pages carry personal data and CSRF tokens: never keep them in shared caches.
                    headers.set("Cache-Control", "no-store");
                }
            });
            rc.next();
        }, 1000);
    }
}

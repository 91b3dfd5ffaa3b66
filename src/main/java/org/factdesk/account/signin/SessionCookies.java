package org.factdesk.account.signin;

import org.factdesk.web.FactDeskConfig;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The session cookie (HttpOnly, SameSite=Lax) and the device cookie of {@link KnownBrowsers} (HttpOnly,
 * SameSite=Strict: only the sign-in form of this site ever needs it); both Secure on HTTPS (or always, when
 * configured).
 */
final class SessionCookies {

    private SessionCookies() {
    }

    static Cookie session(FactDeskConfig config, RoutingContext context, String token) {
        return base(config, context, token).setMaxAge(config.session().absoluteTimeout().toSeconds());
    }

    static Cookie expired(FactDeskConfig config, RoutingContext context) {
        return base(config, context, "").setMaxAge(0);
    }

    static Cookie device(FactDeskConfig config, RoutingContext context, String note) {
        return Cookie.cookie(KnownBrowsers.COOKIE, note)
                .setPath("/login")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(config.session().secureCookie() || "https".equals(context.request().scheme()))
                .setMaxAge(config.login().deviceTrust().toSeconds());
    }

    private static Cookie base(FactDeskConfig config, RoutingContext context, String value) {
        return Cookie.cookie(config.session().cookieName(), value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure(config.session().secureCookie() || "https".equals(context.request().scheme()));
    }
}

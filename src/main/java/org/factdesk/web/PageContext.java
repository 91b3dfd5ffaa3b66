package org.factdesk.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** What the layout needs on every page: who is signed in, which links to show, and the one-line notice. */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    private Optional<String> notice;

    /** The language this page is written in, for {@code <html lang>}. */
    public String getLang() {
        return localization.language().tag();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getDisplayName() {
        String name = identity.getAttribute("factdesk.displayName");
        return name != null ? name : getUsername();
    }

    public boolean isEditor() {
        return identity.hasRole("editor");
    }

    public boolean isReviewer() {
        return identity.hasRole("reviewer");
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    public boolean isAuditor() {
        return identity.hasRole("auditor");
    }

    /** Reports are for editors, admins and auditors. */
    public boolean isCanSeeReports() {
        return isEditor() || isAdmin() || isAuditor();
    }

    /** The audit log is for auditors, admins and editors (standards work). */
    public boolean isCanSeeAudit() {
        return isAuditor() || isAdmin() || isEditor();
    }

    public String getPath() {
        RoutingContext rc = request.getCurrent();
        return rc == null ? "/" : rc.normalizedPath();
    }

    /** True when {@code prefix} is the current section, for aria-current in the navigation. */
    public boolean isAt(String prefix) {
        String path = getPath();
        return "/".equals(prefix) ? "/".equals(path) : path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /**
     * The CSRF token of this request. Absent only on pages rendered outside a matched resource (a 404 for an
     * unknown address), where the layout then leaves out the sign-out form.
     */
    public String getCsrfToken() {
        RoutingContext rc = request.getCurrent();
        Object token = rc == null ? null : rc.get("csrf_token");
        return token == null ? null : token.toString();
    }

    /** The notice left by the previous request; reading it clears the cookie. */
    public String getNotice() {
        if (notice == null) {
            RoutingContext rc = request.getCurrent();
            Cookie cookie = rc == null ? null : rc.request().getCookie(Flash.COOKIE);
            notice = cookie == null ? Optional.empty() : flash.read(cookie.getValue());
            if (cookie != null) {
                rc.response().addCookie(Cookie.cookie(Flash.COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
            }
        }
        return notice.orElse(null);
    }
}

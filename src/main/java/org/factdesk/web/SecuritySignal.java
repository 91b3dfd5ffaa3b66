package org.factdesk.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Something the security log keeps: a sign-in, a sign-out, a failure, a refusal or a copy of the whole database
 * (backup) made or taken away, with who and from where. Code
 * that notices one fires it as a CDI event; the audit feature logs and stores it, so neither {@code web} nor
 * {@code account} needs to know the audit feature. Never carries a password or a token.
 */
public record SecuritySignal(Kind kind, String username, Long accountId, String ip, String path, String detail) {

    /** What happened. */
    public enum Kind {
        SIGN_IN("Signed in"),
        SIGN_OUT("Signed out"),
        SIGN_IN_FAILED("Sign-in failed"),
        THROTTLED("Sign-in paused (too many failures)"),
        PERMISSION_REFUSED("Permission refused"),
        CSRF_REFUSED("Form token refused"),
        CROSS_SITE_REFUSED("Cross-site request refused"),
        BACKUP_MADE("Backup made"),
        BACKUP_DOWNLOADED("Backup downloaded");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * Something that happened to the request in {@code rc} (a refusal, a backup made or downloaded): who (when the
     * request was already signed in), the client address and the path. Reads the identity the authentication step
     * left on the request, so it never blocks the event loop.
     */
    public static SecuritySignal of(Kind kind, RoutingContext rc, String detail) {
        String username = null;
        Long accountId = null;
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                username = identity.getPrincipal().getName();
                // The attribute the account feature puts on every identity it builds (see PageContext).
                Object id = identity.getAttribute("factdesk.accountId");
                accountId = id instanceof Long l ? l : null;
            }
        }
        String ip = rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
        return new SecuritySignal(kind, username, accountId, ip, rc.normalizedPath(), detail);
    }
}

package org.factdesk.account.signin;

import org.factdesk.account.Account;
import org.factdesk.web.Localization;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Builds the security identity of a signed-in account, with the attributes pages and services read (the language
 * and zone it chose among them, for {@link Localization}).
 */
public final class Identities {

    public static final String ACCOUNT_ID = "factdesk.accountId";
    public static final String DISPLAY_NAME = "factdesk.displayName";
    public static final String SESSION_ID = "factdesk.sessionId";

    private Identities() {
    }

    static SecurityIdentity of(Account account, Long sessionId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(account.roles)
                .addAttribute(ACCOUNT_ID, account.id)
                .addAttribute(DISPLAY_NAME, account.displayName);
        if (sessionId != null) {
            builder.addAttribute(SESSION_ID, sessionId);
        }
        if (account.language != null) {
            builder.addAttribute(Localization.LANGUAGE_ATTRIBUTE, account.language);
        }
        if (account.timeZone != null) {
            builder.addAttribute(Localization.ZONE_ATTRIBUTE, account.timeZone);
        }
        return builder.build();
    }

    /** The account id of a signed-in identity, or null for anonymous and test identities without one. */
    public static Long accountId(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(ACCOUNT_ID);
    }
}

package org.factdesk.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.factdesk.account.signin.Identities;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The navigation's unread count ({@code inject:inbox.unread}, shown as {@code inject:inbox.unreadLabel}), counted at
 * most once per request and only up to {@link #CAP}.
 */
@Named("inbox")
@RequestScoped
public class Inbox {

    @Inject
    SecurityIdentity identity;

    @Inject
    NotificationService notifications;

    /** Past this many, the navigation says "99+" instead of counting further. */
    static final int CAP = 100;

    private Long unread;

    /**
     * Unread notifications of the signed-in person; 0 for anonymous visitors, and on the rare page rendered on an
     * I/O thread (an error for an unknown address), where the database must not be called.
     */
    public long getUnread() {
        if (unread == null) {
            Long accountId = identity.isAnonymous() ? null : Identities.accountId(identity);
            unread = accountId == null || !BlockingOperationControl.isBlockingAllowed() ? 0L
                    : notifications.unreadCountUpTo(accountId, CAP);
        }
        return unread;
    }

    /** Forgets the count read so far in this request, after notifications were marked read. */
    void changed() {
        unread = null;
    }

    /** The count as the navigation shows it. */
    public String getUnreadLabel() {
        long n = getUnread();
        return n >= CAP ? (CAP - 1) + "+" : Long.toString(n);
    }
}

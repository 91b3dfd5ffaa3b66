package org.factdesk.audit;

import org.factdesk.account.signin.Identities;
import org.hibernate.envers.RevisionListener;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Fills a new revision from the request that made it. Outside a request (start-up, scheduled work) the revision
 * has no person: it was the system.
 */
public class AuditListener implements RevisionListener {

    @Override
    public void newRevision(Object entity) {
        AuditRevision revision = (AuditRevision) entity;
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<AuditContext> handle = Arc.container().instance(AuditContext.class)) {
            if (!handle.isAvailable()) {
                return;
            }
            AuditContext context = handle.get();
            revision.requestId = context.requestId();
            revision.action = context.action();
            revision.note = truncate(context.note(), 2000);
            SecurityIdentity identity = context.identity();
            if (identity != null && !identity.isAnonymous()) {
                revision.accountId = Identities.accountId(identity);
                revision.username = truncate(identity.getPrincipal().getName(), 32);
            }
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package org.factdesk.audit;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the revision of the current request records besides the data: who (from the signed-in identity), the
 * workflow step and its note, and a request id that also appears in the log. Services call {@link #step} before
 * changing data; nothing else is needed for the change itself to be audited.
 */
@RequestScoped
@Unremovable
public class AuditContext {

    @Inject
    SecurityIdentity identity;

    private final String requestId = UUID.randomUUID().toString();
    private String action;
    private String note;

    /** Names the step this request is taking and its reason, for the revision it writes. */
    public void step(String action, String note) {
        this.action = action;
        this.note = note;
    }

    /**
     * Names the step of the current request, if there is one; work outside a request (start-up, tests calling a
     * service directly) is audited all the same, only without the step's name.
     */
    public static void record(String action, String note) {
        if (Arc.container().requestContext().isActive()) {
            try (InstanceHandle<AuditContext> handle = Arc.container().instance(AuditContext.class)) {
                if (handle.isAvailable()) {
                    handle.get().step(action, note);
                }
            }
        }
    }

    String action() {
        return action;
    }

    String note() {
        return note;
    }

    String requestId() {
        return requestId;
    }

    SecurityIdentity identity() {
        return identity;
    }
}

package org.factdesk.web;

import io.quarkus.security.ForbiddenException;

/**
 * An object-level refusal (not your claim, not an editor's step): its message is for the person refused, in their
 * language; {@link #logReason} is the same reason in English for the security log, which operators read in one
 * language whoever was refused.
 */
public class ObjectRefusal extends ForbiddenException {

    private final String logReason;

    public ObjectRefusal(String reason, String logReason) {
        super(reason);
        this.logReason = logReason;
    }

    public String logReason() {
        return logReason;
    }
}

package org.factdesk.account;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do at the desk; a person may hold several roles. */
public enum Role {
    EDITOR("editor", "Editor"),
    REVIEWER("reviewer", "Reviewer"),
    ADMIN("admin", "Admin"),
    AUDITOR("auditor", "Auditor");

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String EDITOR_NAME = "editor";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";
    public static final String AUDITOR_NAME = "auditor";

    public final String key;
    public final String label;

    Role(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}

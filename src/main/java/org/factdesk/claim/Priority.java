package org.factdesk.claim;

import java.util.Locale;
import java.util.Optional;

/** How soon a claim should be checked. */
public enum Priority {
    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High"),
    URGENT("Urgent");

    public final String label;

    Priority(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (Priority p : values()) {
            if (p.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

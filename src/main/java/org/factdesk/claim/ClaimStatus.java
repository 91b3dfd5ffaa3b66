package org.factdesk.claim;

/** Where a claim stands in the review workflow (docs/USING.md). */
public enum ClaimStatus {
    NEW("New"),
    ASSIGNED("Assigned"),
    IN_REVIEW("In review"),
    SUBMITTED("Submitted"),
    PUBLISHED("Published"),
    DISMISSED("Dismissed");

    public final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    /** Lower-case key used in URLs and CSS classes. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<ClaimStatus> parse(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        String v = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (ClaimStatus s : values()) {
            if (s.name().equals(v)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}

package org.factdesk.claim;

/** Where one verdict stands: being written, waiting for a second editor, or approved and published. */
public enum VerdictState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    PUBLISHED("Published");

    public final String label;

    VerdictState(String label) {
        this.label = label;
    }
}

package org.factdesk.web;

import java.util.Optional;

/**
 * The thing changed since the form or the client loaded it (its version moved on): nothing was saved. Pages show the
 * saved values beside the typed ones ({@link Forms}); the API answers 409 ({@link ErrorPages}).
 */
public class StaleVersionException extends RuntimeException {

    private final transient Object current;
    private final Long currentVersion;

    /**
     * @param message what a person reads, e.g. "This claim was changed by someone else since you opened it."
     * @param current the saved thing as it is now, or null when the caller reads it again itself
     * @param currentVersion its version now, or null when not known
     */
    public StaleVersionException(String message, Object current, Long currentVersion) {
        super(message);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    /** The saved thing as it is now, when it is of {@code type}. */
    public <T> Optional<T> current(Class<T> type) {
        return type.isInstance(current) ? Optional.of(type.cast(current)) : Optional.empty();
    }

    public Optional<Long> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }
}

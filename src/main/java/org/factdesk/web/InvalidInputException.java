package org.factdesk.web;

import java.util.Optional;

/**
 * Input a person or a script sent that breaks a rule, with a message per field. Services throw it; pages show the
 * messages by their fields ({@link Forms}), the API answers problem+json with an {@code errors} member
 * ({@link ErrorPages}). When the input would duplicate something that exists, {@link #duplicateOf} names it and the
 * answer is 409 instead of 400/422.
 */
public class InvalidInputException extends RuntimeException {

    private final transient FormErrors errors;
    private final transient Object duplicateOf;

    public InvalidInputException(FormErrors errors) {
        this(errors, null);
    }

    public InvalidInputException(String field, String message) {
        this(new FormErrors().add(field, message), null);
    }

    private InvalidInputException(FormErrors errors, Object duplicateOf) {
        super(String.join(" ", errors.asMap().values()));
        this.errors = errors;
        this.duplicateOf = duplicateOf;
    }

    /** Refused because it would duplicate {@code existing}, which the answer points to. */
    public static InvalidInputException duplicate(FormErrors errors, Object existing) {
        return new InvalidInputException(errors, existing);
    }

    /** Throws when {@code errors} holds a message: the form's problems are reported together. */
    public static void throwIfAny(FormErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public FormErrors errors() {
        return errors;
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    /** What this input would duplicate, when it is of {@code type}. */
    public <T> Optional<T> duplicateOf(Class<T> type) {
        return type.isInstance(duplicateOf) ? Optional.of(type.cast(duplicateOf)) : Optional.empty();
    }
}

package org.factdesk.web;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one error path of a page form. A page method runs its action here instead of catching the services'
 * exceptions itself: refused input ({@link InvalidInputException}) and a version that moved on
 * ({@link StaleVersionException}) come back as a {@link Refusal}, from which the method re-renders its form with the
 * values as typed. (An exception mapper cannot do this: it does not see the typed values.) Anything else goes on to
 * {@link ErrorPages}.
 */
public final class Forms {

    /**
     * Why a form was not saved.
     *
     * @param status 422 for refused input, 409 for a duplicate or a stale version
     * @param errors messages by field (a stale version adds none: the form shows the saved values instead)
     * @param cause the refusal itself, for what it carries besides the messages
     */
    public record Refusal(int status, FormErrors errors, RuntimeException cause) {

        public boolean isStale() {
            return cause instanceof StaleVersionException;
        }

        /** The saved thing as it is now, when the refusal is a stale version that carries one of {@code type}. */
        public <T> T current(Class<T> type) {
            return cause instanceof StaleVersionException stale ? stale.current(type).orElse(null) : null;
        }

        /** What the input would duplicate, when it is of {@code type}. */
        public <T> T duplicateOf(Class<T> type) {
            return cause instanceof InvalidInputException invalid ? invalid.duplicateOf(type).orElse(null) : null;
        }
    }

    private Forms() {
    }

    /** Runs {@code action}; a refusal is answered by {@code refused}, everything else propagates. */
    public static <R> R submit(Supplier<R> action, Function<Refusal, R> refused) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return refused.apply(new Refusal(e.isDuplicate() ? 409 : 422, e.errors(), e));
        } catch (StaleVersionException e) {
            return refused.apply(new Refusal(409, new FormErrors(), e));
        }
    }
}

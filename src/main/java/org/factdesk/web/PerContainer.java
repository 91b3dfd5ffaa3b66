package org.factdesk.web;

import java.util.function.Function;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * A value made from the running container once and kept, for static code on hot paths that would otherwise ask the
 * container at every call; made again when the container changes (a test run restarts the application in one JVM).
 */
public final class PerContainer<T> {

    private record Made<T>(ArcContainer container, T value) {
    }

    private final Function<ArcContainer, T> make;
    private volatile Made<T> made;

    public PerContainer(Function<ArcContainer, T> make) {
        this.make = make;
    }

    /** The value for the running container; null when none runs (plain unit tests). */
    public T get() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return null;
        }
        Made<T> known = made;
        if (known == null || known.container() != container) {
            known = new Made<>(container, make.apply(container));
            made = known;
        }
        return known.value();
    }
}

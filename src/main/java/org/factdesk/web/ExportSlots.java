package org.factdesk.web;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.vertx.ext.web.RoutingContext;

/**
 * Streamed exports hold a database connection, and a snapshot, for as long as the client takes to read them; a few
 * slow downloads must not take the whole pool from the pages. At most {@code factdesk.max-concurrent-exports}
 * exports run at once on an instance; the next gets 503 with Retry-After.
 */
@ApplicationScoped
public class ExportSlots {

    /** A taken slot; releasing it twice is harmless. */
    public static final class Slot {
        private final Semaphore owner;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(Semaphore owner) {
            this.owner = owner;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                owner.release();
            }
        }
    }

    static final int RETRY_AFTER_SECONDS = 30;

    private final Semaphore slots;

    @Inject
    public ExportSlots(FactDeskConfig config) {
        slots = new Semaphore(Math.max(1, config.maxConcurrentExports()));
    }

    /**
     * Takes a slot for the export answering {@code request}; it is given back when the response ends, completed or
     * broken off. Empty when every slot is taken.
     */
    public Optional<Slot> take(RoutingContext request) {
        Optional<Slot> slot = take();
        slot.ifPresent(taken -> request.addEndHandler(done -> taken.release()));
        return slot;
    }

    /** Takes a slot that the caller must release; empty when every slot is taken. */
    public Optional<Slot> take() {
        return slots.tryAcquire() ? Optional.of(new Slot(slots)) : Optional.empty();
    }

    /** The answer when no slot is free. */
    public static Response busy() {
        String detail = Localization.messages(AppMessages.class, Localization.ofCurrentRequest())
                .exportsBusy(RETRY_AFTER_SECONDS);
        return Response.fromResponse(Problems.response(503, detail)).header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** Free slots now; for tests and diagnosis. */
    public int available() {
        return slots.availablePermits();
    }
}

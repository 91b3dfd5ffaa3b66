package org.factdesk.claim.similar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factdesk.claim.Claim;
import org.factdesk.claim.IdSlots;
import org.factdesk.claim.search.ClaimIndex;
import org.factdesk.claim.search.IndexSync;
import org.factdesk.claim.search.NeighbourLists;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps each claim's list of closest claims ({@link NeighbourLists}) in the index, on a thread of its own:
 * it takes the claims whose lists are due (words new or changed first), reads their statements, runs the same query
 * the claim page would run, and stores the answers. Until a claim's list is stored, and while any claim with new
 * words still waits for its neighbours to be told, the claim page runs the query itself, so what it shows is never
 * older than the index. After an index is built from scratch every list is due: about 2 ms of computing a claim,
 * taking at most half of one core (100,000 claims in 6.5 minutes on this project's 2-core bench machine), during
 * which claims without a list yet are looked up by the query as before.
 */
@ApplicationScoped
public class SimilarLists {

    private static final Logger LOG = Logger.getLogger(SimilarLists.class);

    /** Lists computed per round while claims with new words wait: a change someone just made waits little. */
    static final int BATCH = 64;
    /**
     * Lists computed per round when only stale ones are due (filling in after a rebuild): each round ends by making
     * its lists visible, which rewrites the lists' doc values of the segments they are in, so fewer, larger rounds.
     */
    static final int FILL_BATCH = 512;
    static final Duration IDLE_POLL = Duration.ofMillis(200);

    @Inject
    ClaimIndex index;

    @Inject
    IndexSync sync;

    @Inject
    MeterRegistry registry;

    private volatile boolean stopping;
    private final Object pause = new Object();
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("factdesk.similar.lists.due", index, ClaimIndex::listsPending)
                .description("Claims whose list of similar claims is yet to be computed (-1 before it is known)")
                .register(registry);
        FunctionCounter.builder("factdesk.similar.lists.computed", index, ClaimIndex::listsStored)
                .description("Lists of similar claims computed since start").register(registry);
        worker = new Thread(this::work, "similar-lists");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Stops before the index's last commit (IndexSync.onStop): observers with a lower priority number run first. The
     * worker is not interrupted: a thread interrupted inside Lucene's writer can close the index; it finishes its round.
     */
    void onStop(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        synchronized (pause) {
            stopping = true;
            pause.notifyAll();
        }
        if (worker != null) {
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void work() {
        while (!stopping) {
            try {
                if (!index.awaitReady(Duration.ofSeconds(1))) {
                    continue;
                }
                long began = System.nanoTime();
                Round round = round();
                if (round.claims() == 0) {
                    pause(IDLE_POLL.toMillis());
                } else if (!round.fresh()) {
                    // Filling in after a rebuild takes minutes: at most half of one core, so pages keep the rest.
                    pause(Math.max(1, (System.nanoTime() - began) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | java.io.IOException e) {
                if (stopping) {
                    return;
                }
                LOG.warn("Computing lists of similar claims failed; retrying in five seconds.", e);
                try {
                    pause(5_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits {@code millis}, or less when the application stops. */
    private void pause(long millis) throws InterruptedException {
        synchronized (pause) {
            if (!stopping) {
                pause.wait(millis);
            }
        }
    }

    /** What a round did: how many claims it took, and whether any had new words (a change someone just made). */
    record Round(int claims, boolean fresh) {
    }

    /** Computes and stores one batch of due lists. */
    Round round() throws java.io.IOException {
        index.findDueLists();
        ClaimIndex.DueLists due = index.listsDue(BATCH, FILL_BATCH);
        if (due.isEmpty()) {
            return new Round(0, false);
        }
        List<Long> ids = new ArrayList<>(due.fresh());
        ids.addAll(due.stale());
        Map<Long, String> statements = QuarkusTransaction.requiringNew().call(() -> statements(ids));
        // The searcher must hold every write made before the batch was taken.
        index.publish();
        Map<Long, List<Long>> reach = new HashMap<>();
        Optional<Map<Long, List<NeighbourLists.Entry>>> lists = index.read(searcher -> {
            Map<Long, List<NeighbourLists.Entry>> computed = new HashMap<>();
            for (Map.Entry<Long, String> claim : statements.entrySet()) {
                computed.put(claim.getKey(),
                        SimilarClaims.closest(searcher, index.analyzer(), claim.getKey(), claim.getValue()));
            }
            for (long fresh : due.fresh()) {
                if (statements.containsKey(fresh)) {
                    reach.put(fresh, SimilarClaims.reach(searcher, index.analyzer(), fresh, statements.get(fresh)));
                }
            }
            return computed;
        });
        if (lists.isEmpty() || stopping) {
            return new Round(0, false);
        }
        index.putLists(due, lists.get(), reach);
        sync.listsWritten();
        return new Round(ids.size(), !due.fresh().isEmpty());
    }

    private static Map<Long, String> statements(List<Long> ids) {
        IdSlots slots = IdSlots.of(ids, 1);
        Map<Long, String> statements = new HashMap<>();
        for (Object[] row : slots.bind(Claim.getEntityManager().createQuery(
                "select c.id, c.statement from Claim c where c.id in " + slots.placeholders(), Object[].class))
                .getResultList()) {
            statements.put((Long) row[0], (String) row[1]);
        }
        return statements;
    }
}

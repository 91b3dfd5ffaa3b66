package org.factdesk.claim.search;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Collects the claims a transaction changes and has the index re-read them once, right after it commits (before the
 * response is sent), so the person who made the change finds it on their next page. Nothing happens on rollback.
 * Services call {@link #claimChanged} inside their transaction; changes made elsewhere (another instance, a script)
 * reach the index through {@link IndexSync}'s refresh instead.
 */
@ApplicationScoped
public class IndexChanges {

    private static final Object KEY = IndexChanges.class;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    IndexSync sync;

    /** Marks the claim for re-indexing once the current transaction commits; outside a transaction, at once. */
    public void claimChanged(long claimId) {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            sync.indexNow(Set.of(claimId));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) registry.getResource(KEY);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            registry.putResource(KEY, ids);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing to do before: the rows are read once they are committed.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sync.indexNow(ids);
                    }
                }
            });
            pending = ids;
        }
        pending.add(claimId);
    }
}

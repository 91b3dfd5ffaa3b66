package org.factdesk.claim.search;

import static org.factdesk.claim.search.IndexSync.PAGE;
import static org.factdesk.claim.search.IndexSync.tx;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The slow, thorough repair of the claims index: every claim's change stamp in the database against the one its
 * document carries, a page of ids at a time under the index's write lock, re-reading what differs and removing
 * documents whose claim is gone. {@link IndexSync} runs it when the counts of claims in the index and the database
 * differ, which the quick refresh passes cannot explain (a claim deleted on another instance, a restore).
 */
final class IndexMending {

    private IndexMending() {
    }

    /** Mends the index; returns how many claims were re-read or removed. Stops between pages when asked to. */
    static int mend(ClaimIndex index, BooleanSupplier stopping) throws IOException {
        int mended = 0;
        long after = Long.MIN_VALUE;
        List<ClaimRows.Stamp> page;
        do {
            if (stopping.getAsBoolean()) {
                return mended;
            }
            long lower = after;
            index.writeLock().lock();
            try {
                page = tx(() -> ClaimRows.stamps(lower, PAGE * 2));
                long upper = page.size() < PAGE * 2 ? Long.MAX_VALUE : page.get(page.size() - 1).id();
                Map<Long, Long> indexed = index.readAlways(s -> IndexStamps.between(s, lower + 1, upper));
                Set<Long> stale = new HashSet<>();
                for (ClaimRows.Stamp stamp : page) {
                    Long micros = indexed.remove(stamp.id());
                    if (micros == null || micros != ClaimDocuments.micros(stamp.updatedAt())) {
                        stale.add(stamp.id());
                    }
                }
                for (long gone : indexed.keySet()) {
                    index.delete(gone);
                }
                index.write(tx(() -> ClaimRows.byIds(stale)));
                mended += stale.size() + indexed.size();
            } finally {
                index.writeLock().unlock();
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE * 2);
        return mended;
    }
}

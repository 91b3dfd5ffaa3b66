package org.factdesk.claim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factdesk.web.AppSecrets;
import org.factdesk.web.FactDeskConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the {@link ClaimIndex} equal to the database, on every instance, without sharing anything between them:
 * <ul>
 * <li><b>Start.</b> The index on disk is reused when its last commit was made from this database (an id kept in the
 * database) in the current document format; it is then searchable at once. Otherwise it is emptied and rebuilt.
 * <li><b>Catch-up and refresh.</b> Every half second a pass re-reads the claims whose {@code updated_at} is at or after the
 * watermark minus {@link #OVERLAP} (by the database's clock), in keyset pages on {@code (updated_at, id)}, and the
 * claims of articles whose details changed (the title is part of their words). Every workflow step and edit sets
 * {@code updated_at}, so this sees what other instances did. The overlap covers transactions that commit after a
 * later one was read, and instance clocks behind the database's. Rows already indexed with the same
 * {@code updated_at} are skipped, so a quiet desk costs one small query a second. After a restart the first pass only
 * reads what changed since the last commit; on an empty index it reads every claim.
 * <li><b>Own writes.</b> {@link IndexChanges} hands over the claims a transaction on this instance changed, right after
 * it commits, so the person's next page already shows them.
 * <li><b>Commits</b> happen at most every {@link #COMMIT_EVERY} and at shutdown, carrying the watermark.
 * <li><b>Consistency check.</b> Every minute the number of claims is compared with the index; when they differ (claims
 * removed or restored behind the application's back) every claim's stamp is compared, a page at a time, and the
 * differences are re-read or removed.
 * </ul>
 */
@ApplicationScoped
public class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class);

    static final int PAGE = 500;
    /** Pause between two refresh passes. */
    static final Duration REFRESH_EVERY = Duration.ofMillis(500);
    static final Duration OVERLAP = Duration.ofMinutes(5);
    static final Duration COMMIT_EVERY = Duration.ofSeconds(10);
    /** The database row that tells one database from another, so an index never outlives its database. */
    static final String IDENTITY_SECRET = "search-index";

    @Inject
    ClaimIndex index;

    @Inject
    AppSecrets secrets;

    @Inject
    FactDeskConfig config;

    private ScheduledExecutorService refresher;
    /** One pass at a time. */
    private final ReentrantLock passing = new ReentrantLock();
    /** The database's clock at the start of the last complete pass; null until the index holds every claim. */
    private volatile Instant watermark;
    /** Claims and articles read within the overlap, with the stamp they had; guarded by the index's write lock. */
    private final Map<Long, Instant> recentClaims = new HashMap<>();
    private final Map<Long, Instant> recentArticles = new HashMap<>();
    private String identity;
    private volatile boolean dirty;
    private long lastCommit = System.nanoTime();
    private volatile boolean stopping;
    /** Set once {@link #start} has decided between reuse and rebuild; passes wait for it. */
    private volatile boolean started;

    void onStart(@Observes StartupEvent event) throws IOException {
        start(Path.of(config.indexDir()));
        // Its own thread rather than the scheduler's, whose ticks are a second apart at best: a change made on another
        // instance should be searchable here well within two seconds, even on a busy machine.
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "claim-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshOnSchedule, REFRESH_EVERY.toMillis(), REFRESH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Opens the index in {@code folder} and decides whether it can be reused or must be rebuilt. */
    void start(Path folder) throws IOException {
        index.open(folder);
        identity = HexFormat.of().formatHex(secrets.get(IDENTITY_SECRET), 0, 16);
        Map<String, String> data = index.committedData();
        if (identity.equals(data.get(ClaimIndex.IDENTITY))
                && ClaimIndex.CURRENT_FORMAT.equals(data.get(ClaimIndex.FORMAT))
                && data.get(ClaimIndex.WATERMARK) != null) {
            watermark = Instant.parse(data.get(ClaimIndex.WATERMARK));
            index.markReady();
            LOG.debugf("Search index reused; catching up from %s.", watermark);
        } else {
            if (!data.isEmpty()) {
                LOG.info("The search index on disk was built from another database or in an older format; "
                        + "rebuilding it. Until then lists and searches read the database directly.");
            }
            index.writeLock().lock();
            try {
                index.deleteAll();
            } finally {
                index.writeLock().unlock();
            }
        }
        started = true;
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (refresher != null) {
            refresher.shutdown();
            refresher.awaitTermination(10, TimeUnit.SECONDS);
        }
        stop();
    }

    /** Stops passes between pages and commits the last consistent state, so the next start catches up from here. */
    void stop() {
        stopping = true;
        passing.lock();
        try {
            if (watermark != null && dirty && !index.isClosed()) {
                commit(watermark);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not commit the search index at shutdown; the next start catches up from the last commit.",
                    e);
        } finally {
            passing.unlock();
        }
    }

    void refreshOnSchedule() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the search index failed; it will be retried in half a second.", e);
        }
    }

    @Scheduled(every = "60s", delay = 10, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkOnSchedule() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("Checking the search index against the database failed; it will be retried in a minute.", e);
        }
    }

    /**
     * One pass: indexes the claims changed since the watermark (every claim when there is none yet) and makes them
     * searchable. Returns how many claims were (re)indexed.
     */
    public int refresh() {
        passing.lock();
        try {
            if (!started || stopping || index.isClosed()) {
                return 0;
            }
            long began = System.nanoTime();
            Instant passStart = tx(ClaimRows::databaseNow);
            boolean full = watermark == null;
            Instant from = full ? null : watermark.minus(OVERLAP);
            int indexed = claimsChangedSince(from, full);
            if (!full) {
                indexed += claimsOfArticlesChangedSince(from);
            }
            if (stopping) {
                return indexed;
            }
            if (indexed > 0) {
                index.publish();
                dirty = true;
            }
            forgetBefore(passStart.minus(OVERLAP));
            if (full) {
                // The watermark is only kept once the whole build is committed; a failed commit rebuilds next pass.
                commit(passStart);
                watermark = passStart;
                index.markReady();
                LOG.infof("Search index built from %d claims in %d ms.", indexed,
                        (System.nanoTime() - began) / 1_000_000);
            } else {
                watermark = passStart;
                if (dirty && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
                    commit(passStart);
                }
            }
            return indexed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            passing.unlock();
        }
    }

    /** Re-reads the claims this instance just changed (their transaction committed) and makes them searchable. */
    void indexNow(Set<Long> claimIds) {
        if (!started || stopping || index.isClosed() || claimIds.isEmpty()) {
            return;
        }
        try {
            index.writeLock().lock();
            try {
                List<Long> ids = new ArrayList<>(claimIds);
                for (int i = 0; i < ids.size(); i += PAGE) {
                    List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + PAGE));
                    List<IndexedClaim> rows = tx(() -> ClaimRows.byIds(chunk));
                    index.write(rows);
                    Set<Long> missing = new HashSet<>(chunk);
                    for (IndexedClaim row : rows) {
                        recentClaims.put(row.id(), row.updatedAt());
                        missing.remove(row.id());
                    }
                    for (long id : missing) {
                        index.delete(id);
                    }
                }
            } finally {
                index.writeLock().unlock();
            }
            index.publish();
            dirty = true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not index claims %s now; the next refresh will.", claimIds);
        }
    }

    /**
     * Compares the index with the database and mends the difference when the numbers of claims differ. Returns how
     * many claims were re-read or removed.
     */
    public int check() {
        if (!started || !index.ready() || stopping) {
            return 0;
        }
        try {
            long inDatabase = tx(ClaimRows::count);
            long inIndex = index.readAlways(s -> (long) s.getIndexReader().numDocs());
            if (inDatabase == inIndex) {
                return 0;
            }
            LOG.infof("The search index holds %d claims and the database %d; comparing them claim by claim.", inIndex,
                    inDatabase);
            return reconcile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks every claim in id order and re-reads or removes what the index has wrong. */
    int reconcile() throws IOException {
        int mended = IndexMending.mend(index, () -> stopping);
        if (mended > 0) {
            index.publish();
            dirty = true;
        }
        LOG.infof("Search index checked against the database: %d claims re-read or removed.", mended);
        return mended;
    }

    private int claimsChangedSince(Instant from, boolean full) throws IOException {
        Instant cursorAt = from;
        long cursorId = Long.MIN_VALUE;
        int indexed = 0;
        List<IndexedClaim> page;
        do {
            Instant at = cursorAt;
            long id = cursorId;
            index.writeLock().lock();
            try {
                page = tx(() -> ClaimRows.changedAfter(at, id, PAGE));
                List<IndexedClaim> changed = full ? page
                        : page.stream().filter(r -> !r.updatedAt().equals(recentClaims.get(r.id()))).toList();
                if (full) {
                    index.writeAll(changed);
                } else {
                    index.write(changed);
                    changed.forEach(r -> recentClaims.put(r.id(), r.updatedAt()));
                }
                indexed += changed.size();
            } finally {
                index.writeLock().unlock();
            }
            if (!page.isEmpty()) {
                IndexedClaim last = page.get(page.size() - 1);
                cursorAt = last.updatedAt();
                cursorId = last.id();
            }
        } while (page.size() == PAGE && !stopping);
        return indexed;
    }

    private int claimsOfArticlesChangedSince(Instant from) throws IOException {
        List<ClaimRows.Stamp> articles = tx(() -> ClaimRows.articlesChangedSince(from, PAGE));
        List<Long> changed = new ArrayList<>();
        index.writeLock().lock();
        try {
            for (ClaimRows.Stamp a : articles) {
                if (!a.updatedAt().equals(recentArticles.get(a.id()))) {
                    changed.add(a.id());
                    recentArticles.put(a.id(), a.updatedAt());
                }
            }
        } finally {
            index.writeLock().unlock();
        }
        return changed.isEmpty() ? 0 : claimsOfArticles(changed);
    }

    private int claimsOfArticles(Collection<Long> articleIds) throws IOException {
        int indexed = 0;
        long after = Long.MIN_VALUE;
        List<IndexedClaim> page;
        do {
            long lower = after;
            index.writeLock().lock();
            try {
                page = tx(() -> ClaimRows.ofArticles(articleIds, lower, PAGE));
                index.write(page);
                page.forEach(r -> recentClaims.put(r.id(), r.updatedAt()));
                indexed += page.size();
            } finally {
                index.writeLock().unlock();
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PAGE && !stopping);
        return indexed;
    }

    private void forgetBefore(Instant before) {
        index.writeLock().lock();
        try {
            recentClaims.values().removeIf(at -> at.isBefore(before));
            recentArticles.values().removeIf(at -> at.isBefore(before));
        } finally {
            index.writeLock().unlock();
        }
    }

    private void commit(Instant upTo) throws IOException {
        index.writeLock().lock();
        try {
            index.commit(Map.of(ClaimIndex.IDENTITY, identity, ClaimIndex.FORMAT, ClaimIndex.CURRENT_FORMAT,
                    ClaimIndex.WATERMARK, upTo.toString()));
            dirty = false;
            lastCommit = System.nanoTime();
        } finally {
            index.writeLock().unlock();
        }
    }

    /** Lists of closest claims were written into the index: the next commit keeps them. */
    public void listsWritten() {
        dirty = true;
    }

    static <T> T tx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}

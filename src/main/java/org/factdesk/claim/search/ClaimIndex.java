package org.factdesk.claim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * The claims index on disk ({@code <data dir>/index}, memory-mapped, so it lives in the page cache rather than the
 * heap): one Lucene document per claim, written by {@link IndexSync} and read by {@link ClaimSearch} and the
 * similar-claims lookup. Each instance keeps its own copy and derives it from the database; every commit records
 * which database it was built from, the format of its documents and the watermark up to which it holds every
 * change, so a restart only catches up from there.
 *
 * <p>Writes go through {@link #writeLock()}: a writer reads the rows from the database and writes them while holding
 * it, so a later write always carries data at least as new as an earlier one.
 */
@ApplicationScoped
public class ClaimIndex {

    private static final Logger LOG = Logger.getLogger(ClaimIndex.class);

    /** Commit data: the database this index was built from. */
    static final String IDENTITY = "identity";
    /** Commit data: the layout of the documents; a different one means a rebuild. */
    static final String FORMAT = "format";
    /** Commit data: the database time at the start of the last pass whose changes the commit holds. */
    static final String WATERMARK = "watermark";
    /** Bump when {@link ClaimDocuments} changes what it writes, so every instance rebuilds its index once. */
    static final String CURRENT_FORMAT = "5";

    private final Analyzer analyzer = ClaimDocuments.analyzer();
    private final ReentrantLock writeLock = new ReentrantLock();
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private Map<String, String> committed = Map.of();
    private final java.util.concurrent.CountDownLatch readyLatch = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean ready;
    private volatile boolean closed;

    /** Which claims' lists of closest claims are due; guarded by the write lock. */
    private final NeighbourLists.Due due = new NeighbourLists.Due();
    /** Lists computed since start. */
    private final AtomicLong listsStored = new AtomicLong();

    /** Opens the index in {@code folder}, creating it if needed. Refuses to share the folder with another process. */
    synchronized void open(Path folder) throws IOException {
        if (writer != null) {
            return;
        }
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        boolean reusable = true;
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IllegalStateException("The search index in " + folder.toAbsolutePath() + " is in use by another "
                    + "FactDesk process. Give each instance its own FACTDESK_DATA_DIR (or FACTDESK_INDEX_DIR).", e);
        } catch (IllegalArgumentException | CorruptIndexException | IndexFormatTooOldException
                | IndexFormatTooNewException e) {
            // Written by another version in a way this one cannot open (or damaged): it is only a cache, start over.
            LOG.infof("The search index in %s cannot be reused (%s); it is rebuilt from the database.",
                    folder.toAbsolutePath(), e.getMessage());
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            reusable = false;
        }
        if (reusable && DirectoryReader.indexExists(directory)) {
            committed = Map.copyOf(readCommitData());
        }
        searchers = new SearcherManager(writer, null);
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(8)
                // Segments kept in the list's default order (most recently changed first), so its first pages stop
                // after a page's worth of documents instead of comparing every claim.
                .setIndexSort(ClaimSearch.Order.UPDATED.sort)
                .setCommitOnClose(false);
    }

    private Map<String, String> readCommitData() throws IOException {
        Map<String, String> data = new HashMap<>();
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            data.put(e.getKey(), e.getValue());
        }
        return data;
    }

    /** What the last commit before this start recorded (empty for a new index). */
    Map<String, String> committedData() {
        return committed;
    }

    /** Writers hold this while they read rows from the database and write them. */
    ReentrantLock writeLock() {
        return writeLock;
    }

    /** Writes the claims' documents; each keeps its list of closest claims when its words did not change. */
    void write(Collection<IndexedClaim> rows) throws IOException {
        IndexSearcher current = searchers.acquire();
        try {
            for (IndexedClaim row : rows) {
                long hash = ClaimDocuments.textHash(row);
                BytesRef neighbours = null;
                Previous before = previous(current, row.id());
                if (before != null && before.textHash() == hash) {
                    // The sets know of marks this searcher may not show yet.
                    byte pending = due.of(row.id());
                    neighbours = pending != 0 ? NeighbourLists.marker(pending) : before.neighbours();
                } else if (before != null && NeighbourLists.kind(before.neighbours()) == NeighbourLists.LIST) {
                    // Its old neighbours may no longer be close to its new words.
                    for (NeighbourLists.Entry e : NeighbourLists.decode(before.neighbours())) {
                        markStale(e.id());
                    }
                }
                if (neighbours == null) {
                    neighbours = NeighbourLists.marker(NeighbourLists.NEW);
                }
                due.set(row.id(), NeighbourLists.kind(neighbours));
                writer.updateDocument(idTerm(row.id()), ClaimDocuments.document(row, hash, neighbours));
            }
        } finally {
            searchers.release(current);
        }
    }

    /** Writes every claim of a rebuild: their lists are computed afresh, once the whole desk is in. */
    void writeAll(Collection<IndexedClaim> rows) throws IOException {
        BytesRef stale = NeighbourLists.marker(NeighbourLists.STALE);
        for (IndexedClaim row : rows) {
            due.set(row.id(), NeighbourLists.STALE);
            writer.updateDocument(idTerm(row.id()), ClaimDocuments.document(row, ClaimDocuments.textHash(row), stale));
        }
    }

    void delete(long id) throws IOException {
        due.set(id, NeighbourLists.LIST); // nothing is due for a claim that is gone
        writer.deleteDocuments(idTerm(id));
    }

    void deleteAll() throws IOException {
        due.clear();
        writer.deleteAll();
    }

    private static Term idTerm(long id) {
        return new Term(ClaimDocuments.ID, Long.toString(id));
    }

    /** What the index held for a claim before this write. */
    private record Previous(long textHash, BytesRef neighbours) {
    }

    private static Previous previous(IndexSearcher searcher, long id) throws IOException {
        Previous[] found = new Previous[1];
        ClaimDocuments.find(searcher, List.of(id), (leaf, doc, claim) -> {
            NumericDocValues hashes = DocValues.getNumeric(leaf.reader(), ClaimDocuments.TEXT_HASH);
            BinaryDocValues lists = DocValues.getBinary(leaf.reader(), ClaimDocuments.NEIGHBOURS);
            if (hashes.advanceExact(doc) && lists.advanceExact(doc)) {
                found[0] = new Previous(hashes.longValue(), BytesRef.deepCopyOf(lists.binaryValue()));
            }
        });
        return found[0];
    }

    /** Marks claim {@code id}'s list to be computed again, unless its words are due anyway. */
    private void markStale(long id) throws IOException {
        if (due.of(id) == NeighbourLists.NEW) {
            return;
        }
        due.set(id, NeighbourLists.STALE);
        writer.updateBinaryDocValue(idTerm(id), ClaimDocuments.NEIGHBOURS, NeighbourLists.marker(NeighbourLists.STALE));
    }

    /**
     * Whether every claim's stored list is as good as a query would be: none awaits new words' neighbours. While one
     * does, claims it is close to may be missing it, so lookups query the index instead.
     */
    public boolean listsCurrent() {
        return due.current();
    }

    /** How many claims' lists are due (for the metrics), or -1 before the index has been read after start. */
    public int listsPending() {
        if (!due.known()) {
            return -1;
        }
        writeLock.lock();
        try {
            return due.size();
        } finally {
            writeLock.unlock();
        }
    }

    /** After a start that reused the index: reads which claims' lists are due from the index itself. */
    public void findDueLists() throws IOException {
        if (due.known()) {
            return;
        }
        writeLock.lock();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ClaimDocuments.ID_VALUE);
                    BinaryDocValues lists = DocValues.getBinary(leaf.reader(), ClaimDocuments.NEIGHBOURS);
                    Bits live = leaf.reader().getLiveDocs();
                    for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        byte kind = lists.advanceExact(doc) ? NeighbourLists.kind(lists.binaryValue())
                                : NeighbourLists.STALE;
                        // What was written since the start is already in the sets, newer than this searcher.
                        if (kind != NeighbourLists.LIST && !due.changed(ids.longValue())) {
                            due.set(ids.longValue(), kind);
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
            due.markKnown();
        } finally {
            writeLock.unlock();
        }
    }

    /** Claims whose lists are due, those with new words first, at most {@code max}. */
    public record DueLists(List<Long> fresh, List<Long> stale) {
        public boolean isEmpty() {
            return fresh.isEmpty() && stale.isEmpty();
        }
    }

    /**
     * Claims whose lists are due: up to {@code max}, or {@code maxStale} when none has new words. Lists computed for
     * them are kept by {@link #putLists} only if the claim was not written again in between.
     */
    public DueLists listsDue(int max, int maxStale) {
        writeLock.lock();
        try {
            return due.take(max, maxStale);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Keeps the lists computed for {@code taken} (read through a searcher opened after {@link #listsDue}); a claim missing
     * from {@code lists} no longer exists. The lists of the claims that a claim with new words may enter, its
     * {@code reach} and its own list, are marked stale, so they are computed again with it among the candidates.
     * Returns how many lists were kept.
     */
    public int putLists(DueLists taken, Map<Long, List<NeighbourLists.Entry>> lists, Map<Long, List<Long>> reach)
            throws IOException {
        List<Long> done = new ArrayList<>();
        writeLock.lock();
        try {
            for (long id : taken.fresh()) {
                if (!due.changed(id)) {
                    List<NeighbourLists.Entry> list = lists.get(id);
                    if (list != null) {
                        writer.updateBinaryDocValue(idTerm(id), ClaimDocuments.NEIGHBOURS, NeighbourLists.encode(list));
                        for (NeighbourLists.Entry e : list) {
                            markStale(e.id());
                        }
                        for (long other : reach.getOrDefault(id, List.of())) {
                            markStale(other);
                        }
                    }
                    done.add(id);
                }
            }
            for (long id : taken.stale()) {
                if (!due.changed(id)) {
                    List<NeighbourLists.Entry> list = lists.get(id);
                    if (list != null) {
                        writer.updateBinaryDocValue(idTerm(id), ClaimDocuments.NEIGHBOURS, NeighbourLists.encode(list));
                    }
                    done.add(id);
                }
            }
        } finally {
            writeLock.unlock();
        }
        // Readers see the lists, and the stale marks of the new claims' neighbours, before the new claims stop counting
        // as pending: until then they query.
        publish();
        writeLock.lock();
        try {
            due.done(done);
        } finally {
            writeLock.unlock();
        }
        listsStored.addAndGet(lists.size());
        return done.size();
    }

    /** How many lists were computed and stored since start (for the metrics and tests). */
    public long listsStored() {
        return listsStored.get();
    }

    /** Claim {@code id}'s stored list, or null when it has none that is current (or is not in the index). */
    public static List<NeighbourLists.Entry> storedList(IndexSearcher searcher, long id) throws IOException {
        List<List<NeighbourLists.Entry>> found = new ArrayList<>(1);
        ClaimDocuments.find(searcher, List.of(id), (leaf, doc, claim) -> {
            BinaryDocValues lists = DocValues.getBinary(leaf.reader(), ClaimDocuments.NEIGHBOURS);
            if (lists.advanceExact(doc) && NeighbourLists.kind(lists.binaryValue()) == NeighbourLists.LIST) {
                found.add(NeighbourLists.decode(lists.binaryValue()));
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    /** Makes what was written visible to searches (near-real-time: no commit, no fsync). */
    public void publish() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was written durable, with the commit data a restart will start from. */
    void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** Whether searches may use the index: it matches this database and holds every change up to its watermark. */
    public boolean ready() {
        return ready && !closed;
    }

    void markReady() {
        ready = true;
        readyLatch.countDown();
    }

    /** Waits at most {@code timeout} for the index to become ready; true when it is. */
    public boolean awaitReady(java.time.Duration timeout) throws InterruptedException {
        return readyLatch.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) && !closed;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Reads through a searcher; empty while the index is not ready (or closing), so callers fall back. */
    public <T> Optional<T> read(Reader<T> reader) {
        if (!ready()) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return Optional.ofNullable(reader.read(searcher));
            } finally {
                searchers.release(searcher);
            }
        } catch (AlreadyClosedException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #read} but also before the index is ready: for the writer's own checks. */
    <T> T readAlways(Reader<T> reader) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return reader.read(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Waits for a running write, then commits what is committed-worthy and closes. */
    @PreDestroy
    void close() {
        closed = true;
        writeLock.lock();
        try {
            if (writer != null) {
                searchers.close();
                writer.rollback(); // IndexSync commits its last consistent state before this runs
                directory.close();
            }
        } catch (IOException e) {
            LOG.warn("Closing the search index failed; the next start catches up from its last commit.", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** A read of the index. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(IndexSearcher searcher) throws IOException;
    }
}

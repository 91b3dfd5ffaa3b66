package org.factdesk.claim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
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
    static final String CURRENT_FORMAT = "4";

    private final Analyzer analyzer = ClaimDocuments.analyzer();
    private final ReentrantLock writeLock = new ReentrantLock();
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private Map<String, String> committed = Map.of();
    private final java.util.concurrent.CountDownLatch readyLatch = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean ready;
    private volatile boolean closed;

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

    void write(Collection<IndexedClaim> rows) throws IOException {
        for (IndexedClaim row : rows) {
            writer.updateDocument(new Term(ClaimDocuments.ID, Long.toString(row.id())), ClaimDocuments.document(row));
        }
    }

    void delete(long id) throws IOException {
        writer.deleteDocuments(new Term(ClaimDocuments.ID, Long.toString(id)));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes what was written visible to searches (near-real-time: no commit, no fsync). */
    void publish() throws IOException {
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

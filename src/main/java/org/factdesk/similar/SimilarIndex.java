package org.factdesk.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimSaved;
import org.factdesk.claim.ClaimStatus;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The words of every claim in the desk, in an in-memory Lucene index, to find claims like a given one.
 *
 * <p>The index is a cache each instance derives from the database, so several instances need share nothing
 * (DESIGN.md section 8) and a restart loses nothing. It is filled and kept current three ways:
 * <ul>
 * <li><b>Build.</b> The refresh job's first pass, on the scheduler's worker thread shortly after start-up (start-up
 * does not wait), reads every claim. Until that pass ends {@link #similarTo} answers empty and the page says the
 * index is still being built.
 * <li><b>Refresh.</b> Every two seconds the job re-reads the claims whose {@code updated_at} is at or after the
 * database's clock at the start of the previous pass minus {@link #OVERLAP}, in pages of {@link #PAGE} ordered by
 * {@code (updated_at, id)} (keyset), so 100,000 claims never sit in memory at once. Every change that matters here
 * (edits, dismissal, publication) sets {@code updated_at}, so this picks up what other instances did. The overlap
 * catches a transaction that committed after a later one had already been read (its {@code updated_at} is set
 * before its commit) and instances whose clocks run behind the database's. Rows already indexed with the same
 * {@code updated_at} are skipped, and the searcher is reopened only when something changed, so a quiet desk costs
 * one small query every two seconds. Documents are replaced by claim id, so reading a claim twice is harmless.
 * <li><b>Own saves.</b> {@link ClaimSaved}, fired by the claim service when a claim is created or its words edited,
 * is indexed right after that transaction commits ({@code AFTER_SUCCESS}, on the request's thread before its
 * answer is sent), so the editor's next page already finds the claim. Indexing from the event costs no query; a
 * refresh pass that read the claim's older row at the same moment may briefly put the old words back, and its next
 * pass re-reads the row (it is within the overlap) and heals that.
 * </ul>
 * Claims are never deleted in FactDesk; a dismissed claim stays in the index and ranks below the others.
 */
@ApplicationScoped
public class SimilarIndex {

    private static final Logger LOG = Logger.getLogger(SimilarIndex.class);

    static final String ID = "id";
    static final String TEXT = "text";
    static final String PUBLISHED = "published";
    static final String DISMISSED = "dismissed";
    static final int PAGE = 500;
    /**
     * How far back each pass looks before the previous one began, by the database's clock: covers transactions
     * that commit after a later one (their {@code updated_at} is set before the commit) and instances whose clocks
     * (which stamp {@code updated_at}) run behind the database's; keep servers on NTP well within this.
     */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** How many best text matches are re-ranked for publication and dismissal before the top few are kept. */
    static final int CANDIDATES = 50;
    /** A published claim's score is multiplied by this: its verdict is the work there is to reuse. */
    static final float PUBLISHED_BOOST = 1.5f;

    /** A claim like the one asked about, with its score after re-ranking. */
    public record Hit(long id, double score) {
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ReentrantLock refreshing = new ReentrantLock();
    private final CountDownLatch built = new CountDownLatch(1);
    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The database's clock when the last finished pass began; guarded by {@link #refreshing}. */
    private Instant lastPassStart;
    /**
     * The {@code updated_at} each claim read within the overlap had when it was indexed, so a pass skips rows that
     * did not change since; guarded by {@link #refreshing}. Holds only the claims changed in the last
     * {@link #OVERLAP}.
     */
    private final Map<Long, Instant> recent = new HashMap<>();
    private volatile boolean closed;

    @PostConstruct
    void open() {
        try {
            directory = new ByteBuffersDirectory();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops refreshes between pages, waits for a running one, then drops the index without committing it. */
    @PreDestroy
    void close() throws IOException {
        closed = true;
        refreshing.lock();
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } finally {
            refreshing.unlock();
        }
    }

    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshOnSchedule() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the similar-claims index failed; it will be retried in two seconds.", e);
        }
    }

    /** Whether the first full pass has finished, so an empty answer means "nothing similar". */
    public boolean ready() {
        return built.getCount() == 0;
    }

    /** Waits at most {@code timeout} for the first full pass; true when it has finished. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return built.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Indexes the claims changed since the last pass (all of them on the first pass) and makes them searchable.
     * Concurrent callers take turns. Returns how many claims were (re)indexed.
     */
    public int refresh() {
        refreshing.lock();
        try {
            if (closed) {
                return 0;
            }
            long started = System.nanoTime();
            Instant passStart = QuarkusTransaction.requiringNew().call(SimilarIndex::databaseNow);
            Instant from = lastPassStart == null ? null : lastPassStart.minus(OVERLAP);
            Instant cursorAt = from;
            long cursorId = Long.MIN_VALUE;
            int read = 0;
            int indexed = 0;
            List<Row> page;
            do {
                Instant at = cursorAt;
                long id = cursorId;
                page = QuarkusTransaction.requiringNew().call(() -> page(at, id));
                for (Row row : page) {
                    if (row.updatedAt.equals(recent.get(row.id))) {
                        continue; // indexed by an earlier pass as it is now
                    }
                    writer.updateDocument(new Term(ID, Long.toString(row.id)), document(row.id, row.statement,
                            row.quote, row.status, row.published));
                    indexed++;
                    if (from != null) {
                        recent.put(row.id, row.updatedAt);
                    }
                }
                if (!page.isEmpty()) {
                    Row last = page.get(page.size() - 1);
                    cursorAt = last.updatedAt;
                    cursorId = last.id;
                }
                read += page.size();
            } while (page.size() == PAGE && !closed);
            if (closed) {
                return indexed;
            }
            if (indexed > 0) {
                searchers.maybeRefreshBlocking();
            }
            lastPassStart = passStart;
            Instant forgetBefore = passStart.minus(OVERLAP);
            recent.values().removeIf(at -> at.isBefore(forgetBefore));
            if (!ready()) {
                built.countDown();
                LOG.infof("Similar-claims index built from %d claims in %d ms.", read,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return indexed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            refreshing.unlock();
        }
    }

    /** The database's clock, so passes never depend on this instance's clock. */
    private static Instant databaseNow() {
        Object now = Claim.getEntityManager().createNativeQuery("select current_timestamp").getSingleResult();
        if (now instanceof Instant instant) {
            return instant;
        } else if (now instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        } else if (now instanceof java.time.ZonedDateTime zdt) {
            return zdt.toInstant();
        } else if (now instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected type for current_timestamp: " + now.getClass());
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimSaved claim) {
        if (closed) {
            return;
        }
        try {
            writer.updateDocument(new Term(ID, Long.toString(claim.id())), document(claim.id(), claim.statement(),
                    claim.quote(), claim.status(), claim.published()));
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not index claim %d now; the next refresh will.", claim.id());
        }
    }

    /**
     * The claims most like {@code statement}, best first, leaving out the claim {@code self}: ranked by BM25 over
     * their statement and quote, a published claim's score times {@link #PUBLISHED_BOOST}, dismissed claims after
     * all others. Empty while the index is being built.
     */
    public Optional<List<Hit>> similarTo(long self, String statement, int limit) {
        if (!ready() || closed) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                BooleanQuery like = LikeQuery.build(analyzer, searcher.getIndexReader(), TEXT, statement);
                if (like == null) {
                    return Optional.of(List.of());
                }
                BooleanQuery query = new BooleanQuery.Builder()
                        .add(like, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(ID, Long.toString(self))), BooleanClause.Occur.MUST_NOT)
                        .build();
                StoredFields stored = searcher.storedFields();
                List<Ranked> ranked = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, CANDIDATES).scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    boolean published = doc.getField(PUBLISHED).numericValue().intValue() == 1;
                    boolean dismissed = doc.getField(DISMISSED).numericValue().intValue() == 1;
                    ranked.add(new Ranked(Long.parseLong(doc.get(ID)), dismissed,
                            hit.score * (published ? PUBLISHED_BOOST : 1f)));
                }
                ranked.sort(Comparator.comparing(Ranked::dismissed).thenComparing(Ranked::score,
                        Comparator.reverseOrder()).thenComparing(Ranked::id));
                return Optional.of(ranked.stream().limit(limit).map(r -> new Hit(r.id, r.score)).toList());
            } finally {
                searchers.release(searcher);
            }
        } catch (AlreadyClosedException e) {
            return Optional.empty(); // shutting down
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Ranked(long id, boolean dismissed, double score) {
    }

    private record Row(long id, String statement, String quote, ClaimStatus status, boolean published,
            Instant updatedAt) {
    }

    /** The claims after {@code (at, id)} in {@code (updated_at, id)} order; all from the start when at is null. */
    private static List<Row> page(Instant at, long id) {
        EntityManager em = Claim.getEntityManager();
        String select = "select c.id, c.statement, c.quote, c.status, pv.id, c.updatedAt from Claim c "
                + "left join c.publishedVerdict pv ";
        // The range on updated_at alone lets the (updated_at, id) index bound the scan on every database.
        TypedQuery<Object[]> query = at == null
                ? em.createQuery(select + "order by c.updatedAt, c.id", Object[].class)
                : em.createQuery(select + "where c.updatedAt >= :at and (c.updatedAt > :at or c.id > :id) "
                        + "order by c.updatedAt, c.id", Object[].class)
                        .setParameter("at", at).setParameter("id", id);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : query.setMaxResults(PAGE).getResultList()) {
            rows.add(new Row((Long) r[0], (String) r[1], (String) r[2], (ClaimStatus) r[3], r[4] != null,
                    (Instant) r[5]));
        }
        return rows;
    }

    /** A claim's document: its id, its words, and what ranks it. The quote is left out when it is the statement. */
    private static Document document(long id, String statement, String quote, ClaimStatus status, boolean published) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.YES));
        String text = quote == null || collapse(quote).equalsIgnoreCase(collapse(statement)) ? statement
                : statement + "\n" + quote;
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        doc.add(new StoredField(PUBLISHED, published ? 1 : 0));
        doc.add(new StoredField(DISMISSED, status == ClaimStatus.DISMISSED ? 1 : 0));
        return doc;
    }

    private static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}

package org.factdesk.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.web.Language;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.RawString;

/**
 * The history of one claim as people read it, built from the audit tables: the timeline of its entries and its
 * pages. {@link HistoryRows} reads the claim's audit rows grouped by revision, {@link HistoryReplay} compares each
 * revision with the state before it, and {@link HistoryNarration} puts each change into words. A whole history
 * takes a fixed number of queries however long it is; word diffs are drawn only for the entries shown.
 */
@ApplicationScoped
public class ClaimHistory {

    public static final int PAGE_SIZE = 50;

    /** One field of one entity before and after a revision, as plain text in the API's own terms. */
    public record Change(String entity, Long entityId, String field, String before, String after) {
    }

    /** What a line of an entry shows beside its sentence. */
    public enum Shows {
        NOTHING, DIFF, QUOTE
    }

    /**
     * One sentence of an entry without its subject ("changed the rating from False to Mostly false"), with the texts
     * of a word diff or the quoted text (a comment, the statement a claim was made with).
     */
    public record Line(String text, Shows shows, String before, String after) {

        static Line plain(String text) {
            return new Line(text, Shows.NOTHING, null, null);
        }

        static Line diff(String text, String before, String after) {
            return new Line(text, Shows.DIFF, before, after);
        }

        static Line quote(String text, String quoted) {
            return new Line(text, Shows.QUOTE, null, quoted);
        }

        public boolean hasDiff() {
            return shows == Shows.DIFF;
        }

        public boolean hasQuote() {
            return shows == Shows.QUOTE;
        }

        /** The word diff as safe HTML, drawn when asked for so a page draws only the diffs it shows. */
        public RawString diff() {
            return WordDiff.html(before, after);
        }

        public String quoted() {
            return after;
        }
    }

    /** One revision of the claim: who, when, the step and its note, the sentences and the field changes. */
    public record Entry(long rev, Instant at, String user, String userName, String action, String note,
            String noteLabel, List<Line> lines, List<Change> changes) {

        /** The sentences as plain text, each with its subject. */
        public String summary() {
            return lines.stream().map(l -> userName + " " + l.text()).collect(Collectors.joining(". ")) + ".";
        }
    }

    /** A claim's whole history, oldest first. */
    public record Timeline(long claimId, String statement, List<Entry> entries) {

        public String path() {
            return "/claims/" + claimId + "/history";
        }

        /** Page {@code requested} (from 0) of the history, newest first; out-of-range pages show the nearest. */
        public Page page(int requested) {
            int total = entries.size();
            int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = Math.max(0, Math.min(requested, pages - 1));
            List<Entry> shown = new ArrayList<>(PAGE_SIZE);
            for (int i = total - 1 - page * PAGE_SIZE; i >= 0 && i > total - 1 - (page + 1) * PAGE_SIZE; i--) {
                shown.add(entries.get(i));
            }
            return new Page(shown, page, pages, total);
        }
    }

    /** One page of entries, newest first. */
    public record Page(List<Entry> entries, int page, int pages, int total) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * A {@code Server-Timing} header value for the time since {@code startedNanos}: how long building the history
     * took, visible in a browser's developer tools and to the benchmark (bench/audit/history.sh).
     */
    public static String serverTiming(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "history;dur=%.2f;desc=\"claim history built\"",
                (System.nanoTime() - startedNanos) / 1e6);
    }

    /** The claim's history told in English, or empty when there is no such claim. */
    public Optional<Timeline> of(long claimId) {
        return of(claimId, Language.DEFAULT);
    }

    /** The claim's history told in {@code language}, or empty when there is no such claim. */
    public Optional<Timeline> of(long claimId, Language language) {
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            if (own) {
                // One snapshot for every query, so a step committed meanwhile is either wholly in or wholly out.
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setAutoCommit(false);
            }
            try {
                return timeline(connection, claimId, language);
            } finally {
                if (own) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the history of claim " + claimId + ": " + e.getMessage(),
                    e);
        }
    }

    /** Reads the rows on {@code connection}, then replays and tells them revision by revision. */
    private static Optional<Timeline> timeline(Connection connection, long claimId, Language language)
            throws SQLException {
        Optional<HistoryRows.Read> found = HistoryRows.read(connection, claimId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HistoryRows.Read read = found.get();
        HistoryReplay replay = new HistoryReplay(claimId, read.names());
        HistoryNarration narration = new HistoryNarration(read.names(), language);
        List<Entry> entries = new ArrayList<>(read.revisions().size());
        for (HistoryRows.Rows rows : read.revisions()) {
            HistoryReplay.Diff diff = replay.apply(rows);
            entries.add(narration.entry(diff, replay.changes(diff)));
        }
        return Optional.of(new Timeline(claimId, read.statement(), List.copyOf(entries)));
    }
}

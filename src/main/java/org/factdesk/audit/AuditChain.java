package org.factdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The hash chain over the audit history, in plain JDBC so a benchmark or an outside tool can run it on any
 * connection: sealing and verifying. Each revision has a canonical text ({@link CanonicalText}), streamed from the
 * audit tables by {@link RevisionStream}. Its seal is SHA-256 over the previous seal (hex), a line feed and that
 * text. Changing, deleting or inserting any audit row changes a canonical text or breaks a link, so
 * {@link #verify} finds the first revision that no longer matches.
 */
public final class AuditChain {

    /** Seal that precedes the first one. */
    public static final String GENESIS = "0".repeat(64);

    /** The outcome of a verification: how many sealed revisions were checked and the first that failed. */
    public record Verification(boolean ok, long count, Long firstBroken, String problem, long unsealed,
            long millis) {
    }

    /** One revision as it is sealed or exported: its canonical text with the seal that covers it. */
    public record Sealed(long seq, long rev, String prevSeal, String seal, String canonical) {
    }

    private AuditChain() {
    }

    /**
     * Seals the revisions not sealed yet, oldest first, continuing the chain from its head. The caller holds a
     * transaction on {@code connection}; the head row is locked, so instances sealing at the same moment take turns.
     * Revisions are looked for above {@code floor} (a few thousand below the newest sealed one), which keeps the
     * search cheap however long the history grows.
     *
     * @return how many revisions were sealed
     */
    public static int sealPending(Connection connection, int batch) throws SQLException {
        long lastSeq;
        String lastSeal;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_seq, last_seal from audit_chain_head where id = 1 for update");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            lastSeq = rs.getLong(1);
            lastSeal = rs.getString(2);
        }
        long floor = 0;
        try (PreparedStatement max = connection.prepareStatement("select max(rev) from audit_seal");
                ResultSet rs = max.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                floor = Math.max(0, rs.getLong(1) - 10_000);
            }
        }
        List<Long> pending = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("select r.id from audit_revision r where r.id > ? "
                + "and not exists (select 1 from audit_seal s where s.rev = r.id) order by r.id")) {
            find.setLong(1, floor);
            find.setMaxRows(batch);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    pending.add(rs.getLong(1));
                }
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        Set<Long> wanted = new HashSet<>(pending);
        long lo = pending.get(0);
        long hi = pending.get(pending.size() - 1);
        MessageDigest sha = sha256();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_seal (seq, rev, prev_seal, seal, sealed_at) values (?, ?, ?, ?, ?)")) {
            final long[] seq = { lastSeq };
            final String[] prev = { lastSeal };
            SQLException[] failure = new SQLException[1];
            walk(connection, lo, hi, wanted::contains, (rev, canonical) -> {
                String seal = seal(sha, prev[0], canonical);
                try {
                    insert.setLong(1, ++seq[0]);
                    insert.setLong(2, rev);
                    insert.setString(3, prev[0]);
                    insert.setString(4, seal);
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                } catch (SQLException e) {
                    failure[0] = e;
                }
                prev[0] = seal;
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            insert.executeBatch();
            try (PreparedStatement head = connection.prepareStatement(
                    "update audit_chain_head set last_seq = ?, last_seal = ? where id = 1")) {
                head.setLong(1, seq[0]);
                head.setString(2, prev[0]);
                head.executeUpdate();
            }
            return (int) (seq[0] - lastSeq);
        }
    }

    /**
     * Checks every seal: each links to the one before, and each matches the revision's canonical text as the
     * audit tables hold it now. Streams the tables once in revision order, reading ahead on a second thread while
     * this one hashes; memory grows with the number of seals (about 250 bytes each), not with the rows.
     */
    public static Verification verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        long[] seqs = new long[1024];
        long[] revs = new long[1024];
        List<String> prevs = new ArrayList<>();
        List<String> seals = new ArrayList<>();
        int n = 0;
        boolean lazy = RevisionStream.streamOnH2(connection);
        try (PreparedStatement ps = connection.prepareStatement(
                "select seq, rev, prev_seal, seal from audit_seal order by seq")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == seqs.length) {
                        seqs = Arrays.copyOf(seqs, n * 2);
                        revs = Arrays.copyOf(revs, n * 2);
                    }
                    seqs[n] = rs.getLong(1);
                    revs[n] = rs.getLong(2);
                    prevs.add(rs.getString(3));
                    seals.add(rs.getString(4));
                    n++;
                }
            }
        } finally {
            RevisionStream.endStreamOnH2(connection, lazy);
        }
        long firstBadSeq = Long.MAX_VALUE;
        String problem = null;
        for (int i = 0; i < n; i++) {
            String expectedPrev = i == 0 ? GENESIS : seals.get(i - 1);
            if (seqs[i] != i + 1 || !expectedPrev.equals(prevs.get(i))) {
                firstBadSeq = i + 1;
                problem = "seal " + (i + 1) + " does not follow the seal before it (a seal was removed or changed)";
                break;
            }
        }
        long[] badSeq = { firstBadSeq };
        String[] badProblem = { problem };
        long unsealed;
        if (n > 0) {
            SealedRevisions sealed = new SealedRevisions(revs, n);
            MessageDigest sha = sha256();
            BitSet seen = new BitSet(n);
            boolean streaming = RevisionStream.streamOnH2(connection);
            try {
                RevisionStream.walkTexts(connection, sealed.lowest(), sealed.highest(), rev -> {
                    int i = sealed.take(rev);
                    return i < 0 ? null : i;
                }, (rev, i, canonical) -> {
                    seen.set(i);
                    if (!seal(sha, prevs.get(i), canonical.toString()).equals(seals.get(i))
                            && i + 1 < badSeq[0]) {
                        badSeq[0] = i + 1;
                        badProblem[0] = "revision " + rev + " no longer matches its seal (its audit rows were "
                                + "changed, removed or added)";
                    }
                }, true);
            } finally {
                RevisionStream.endStreamOnH2(connection, streaming);
            }
            int missing = seen.nextClearBit(0);
            if (missing < n && missing + 1 < badSeq[0]) {
                badSeq[0] = missing + 1;
                badProblem[0] = "revision " + revs[missing] + " is sealed but no longer exists";
            }
            // The walk saw every revision between the lowest and the highest sealed one; the rest have no seal.
            unsealed = sealed.unsealedSeen() + count(connection, "select count(*) from audit_revision")
                    - sealed.visited();
        } else {
            unsealed = count(connection, "select count(*) from audit_revision");
        }
        boolean ok = badSeq[0] == Long.MAX_VALUE;
        Long firstBroken = ok ? null : revs[(int) badSeq[0] - 1];
        return new Verification(ok, n, firstBroken, badProblem[0], unsealed,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The sealed revision numbers in ascending order, matched against the revisions a walk visits (ascending,
     * each once): says which seal covers each, and counts the visited ones no seal covers.
     */
    private static final class SealedRevisions {
        private final long[] sorted;
        /** Index in seal order of each entry of {@code sorted}. */
        private final int[] index;
        private int at;
        private long unsealed;
        private long visited;

        SealedRevisions(long[] revs, int n) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // Stable: a revision sealed twice keeps its seals in seal order, and the later one is checked.
            Arrays.sort(order, (a, b) -> Long.compare(revs[a], revs[b]));
            sorted = new long[n];
            index = new int[n];
            for (int k = 0; k < n; k++) {
                index[k] = order[k];
                sorted[k] = revs[order[k]];
            }
        }

        long lowest() {
            return sorted[0];
        }

        long highest() {
            return sorted[sorted.length - 1];
        }

        /** The index in seal order of the seal that covers {@code rev}, or -1 when none does. */
        int take(long rev) {
            visited++;
            while (at < sorted.length && sorted[at] < rev) {
                at++;
            }
            if (at < sorted.length && sorted[at] == rev) {
                while (at + 1 < sorted.length && sorted[at + 1] == rev) {
                    at++;
                }
                return index[at];
            }
            unsealed++;
            return -1;
        }

        long unsealedSeen() {
            return unsealed;
        }

        long visited() {
            return visited;
        }
    }

    /** Receives each revision's canonical text in revision order. */
    @FunctionalInterface
    public interface RevisionConsumer {
        void accept(long rev, String canonical) throws SQLException;
    }

    /**
     * Streams the canonical text of every revision in {@code [lo, hi]} that {@code wanted} accepts, in revision
     * order: one cursor per table, merged.
     */
    public static void walk(Connection connection, long lo, long hi, LongPredicate wanted, RevisionConsumer consumer)
            throws SQLException {
        boolean lazy = RevisionStream.streamOnH2(connection);
        try {
            RevisionStream.walkTexts(connection, lo, hi, rev -> wanted.test(rev) ? Boolean.TRUE : null,
                    (rev, tag, text) -> consumer.accept(rev, text.toString()), false);
        } finally {
            RevisionStream.endStreamOnH2(connection, lazy);
        }
    }

    /** SHA-256 of the previous seal, a line feed and the canonical text, as lower-case hex. */
    public static String seal(MessageDigest sha, String previous, String canonical) {
        sha.reset();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

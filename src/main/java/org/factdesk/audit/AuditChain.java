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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import com.fasterxml.jackson.annotation.JsonIgnore;

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

    /**
     * The outcome of a verification: how many sealed revisions were checked and the first that failed, with what
     * failed ({@code problem} in English for the API, {@code breach} and {@code brokenSeal} for pages to word it).
     */
    public record Verification(boolean ok, long count, Long firstBroken, String problem, long unsealed,
            long millis, @JsonIgnore Breach breach, @JsonIgnore Long brokenSeal) {
    }

    /** How a chain can be broken. */
    public enum Breach {
        /** A revision's audit rows no longer give the text its seal covers. */
        REVISION_CHANGED,
        /** A seal does not follow the one before it. */
        SEAL_OUT_OF_ORDER,
        /** A sealed revision is gone. */
        REVISION_MISSING
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
     * audit tables hold it now. Reads the seals twice as streams (once in seal order for the links, once in
     * revision order beside the audit tables) and the tables once, reading ahead on a second thread while this one
     * hashes; memory stays flat however long the chain is.
     */
    public static Verification verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        boolean lazy = RevisionStream.streamOnH2(connection);
        try {
            Links links = Links.check(connection);
            if (links.count == 0) {
                return new Verification(true, 0, null, null, count(connection, "select count(*) from audit_revision"),
                        (System.nanoTime() - started) / 1_000_000, null, null);
            }
            // The first failure in seal order wins. No seal after a broken link counts, so only the seals before it
            // (seq 1 up to the break; every seq below 1 lies after it) are checked against their texts.
            Failure first = links.broken;
            MessageDigest sha = sha256();
            long unsealed;
            try (SealCursor seals = new SealCursor(connection, links.lastSeq)) {
                Failure[] text = { null };
                long limit = first == null ? Long.MAX_VALUE : first.seq;
                RevisionStream.walkTexts(connection, links.lowestRev, links.highestRev, seals::take,
                        (rev, s, canonical) -> {
                            if (s.seq >= 1 && s.seq < limit && (text[0] == null || s.seq < text[0].seq)
                                    && !seal(sha, s.prev, canonical.toString()).equals(s.seal)) {
                                text[0] = new Failure(s.seq, rev, Breach.REVISION_CHANGED, "revision " + rev + " no longer matches its seal "
                                        + "(its audit rows were changed, removed or added)");
                            }
                        }, true);
                seals.drain();
                first = Failure.first(Failure.first(first, text[0]), seals.firstMissing(limit));
                // The walk saw every revision between the lowest and the highest sealed one; the rest have no seal.
                unsealed = seals.unsealed + count(connection, "select count(*) from audit_revision") - seals.visited;
            }
            return new Verification(first == null, links.count, first == null ? null : first.rev,
                    first == null ? null : first.problem, unsealed, (System.nanoTime() - started) / 1_000_000,
                    first == null ? null : first.breach, first == null ? null : first.seq);
        } finally {
            RevisionStream.endStreamOnH2(connection, lazy);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A seal that failed: its number, its revision and why. */
    private record Failure(long seq, long rev, Breach breach, String problem) {

        /** The earlier in seal order; {@code a} on a tie. */
        static Failure first(Failure a, Failure b) {
            return a == null ? b : b == null || a.seq <= b.seq ? a : b;
        }
    }

    /**
     * The seals in seal order, checked link by link while only the seal before is held: how many there are, the
     * range of revisions they cover, the last seq, and the first that does not follow the one before it.
     */
    private static final class Links {
        long count;
        long lastSeq;
        long lowestRev = Long.MAX_VALUE;
        long highestRev = Long.MIN_VALUE;
        Failure broken;

        static Links check(Connection connection) throws SQLException {
            Links links = new Links();
            String previous = GENESIS;
            try (PreparedStatement ps = connection.prepareStatement(
                    "select seq, rev, prev_seal, seal from audit_seal order by seq")) {
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long position = ++links.count;
                        long seq = rs.getLong(1);
                        long rev = rs.getLong(2);
                        links.lastSeq = seq;
                        links.lowestRev = Math.min(links.lowestRev, rev);
                        links.highestRev = Math.max(links.highestRev, rev);
                        if (links.broken == null && (seq != position || !previous.equals(rs.getString(3)))) {
                            links.broken = new Failure(position, rev, Breach.SEAL_OUT_OF_ORDER, "seal " + position
                                    + " does not follow the seal before it (a seal was removed or changed)");
                        }
                        previous = rs.getString(4);
                    }
                }
            }
            return links;
        }
    }

    /** A seal as the text check needs it. */
    private record Seal(long seq, long rev, String prev, String seal) {
    }

    /**
     * The seals up to the last one {@link Links} saw, in revision order, matched against the revisions a walk
     * visits (ascending, each once): hands over the seal that covers each, counts the visited revisions none
     * covers, and keeps the first seal (in seal order) whose revision the walk never visited.
     */
    private static final class SealCursor implements AutoCloseable {
        private final long lastSeq;
        private final PreparedStatement ps;
        private final ResultSet rs;
        private Seal next;
        private Seal firstMissing;
        long unsealed;
        long visited;

        SealCursor(Connection connection, long lastSeq) throws SQLException {
            this.lastSeq = lastSeq;
            // No condition on seq, so the database can read the seals in the rev index's order instead of sorting.
            ps = connection.prepareStatement("select seq, rev, prev_seal, seal from audit_seal order by rev");
            try {
                ps.setFetchSize(5000);
                rs = ps.executeQuery();
                advance();
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        }

        /** Moves to the next seal, passing over those sealed after {@link Links} read the chain. */
        private void advance() throws SQLException {
            next = null;
            while (next == null && rs.next()) {
                if (rs.getLong(1) <= lastSeq) {
                    next = new Seal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
                }
            }
        }

        private void missing(Seal seal) {
            if (firstMissing == null || seal.seq < firstMissing.seq) {
                firstMissing = seal;
            }
        }

        /** The seal that covers {@code rev}, or null when none does. */
        Seal take(long rev) throws SQLException {
            visited++;
            while (next != null && next.rev < rev) {
                missing(next);
                advance();
            }
            if (next == null || next.rev != rev) {
                unsealed++;
                return null;
            }
            Seal covering = next;
            advance();
            // A revision sealed twice (the schema forbids it) has its later seal checked; the earlier is missing.
            while (next != null && next.rev == rev) {
                if (next.seq > covering.seq) {
                    missing(covering);
                    covering = next;
                } else {
                    missing(next);
                }
                advance();
            }
            return covering;
        }

        /** Counts the seals after the last revision the walk visited as missing. */
        void drain() throws SQLException {
            while (next != null) {
                missing(next);
                advance();
            }
        }

        /** The first seal whose revision no longer exists, when it comes before {@code limit} in seal order. */
        Failure firstMissing(long limit) {
            if (firstMissing == null || firstMissing.seq < 1 || firstMissing.seq >= limit) {
                return null;
            }
            return new Failure(firstMissing.seq, firstMissing.rev, Breach.REVISION_MISSING,
                    "revision " + firstMissing.rev + " is sealed but no longer exists");
        }

        @Override
        public void close() throws SQLException {
            ps.close();
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

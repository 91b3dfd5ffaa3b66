package org.factdesk.claim.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Each claim's closest claims by wording, kept in its own index document ({@link ClaimDocuments#NEIGHBOURS}, binary
 * doc values that Lucene updates in place), so the claim page reads a list instead of running a "more like this"
 * query on every view. The value is one of:
 * <ul>
 * <li>{@link #NEW}: the claim's words are new or changed. Its list is computed, and then the lists of the claims
 * it turned out to be close to are marked {@link #STALE}, so the new claim can enter them.
 * <li>{@link #STALE}: the list is computed again, nothing more (an index built from scratch starts so).
 * <li>{@link #LIST}: the list, up to {@link #SIZE} claim ids with their text scores, best first. It holds the
 * closest claims by wording only; publication and dismissal, which change without the words changing, are applied
 * when it is read.
 * </ul>
 * A claim whose words did not change (a status change, an assignment, a verdict) keeps its list when its document is
 * written again.
 */
public final class NeighbourLists {

    /** How many claims a list keeps: more than are shown, so published ones can move up and dismissed ones down. */
    public static final int SIZE = 20;

    static final byte NEW = 1;
    static final byte STALE = 2;
    static final byte LIST = 3;

    private NeighbourLists() {
    }

    /** One claim of a list: its id and its text score against the list's claim. */
    public record Entry(long id, float score) {
    }

    static BytesRef marker(byte kind) {
        return new BytesRef(new byte[] { kind });
    }

    /** What a value says: {@link #NEW}, {@link #STALE} or {@link #LIST}; {@link #STALE} for a missing one. */
    static byte kind(BytesRef value) {
        return value == null || value.length == 0 ? STALE : value.bytes[value.offset];
    }

    static BytesRef encode(List<Entry> entries) {
        byte[] bytes = new byte[1 + 5 + entries.size() * (10 + 4)];
        ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
        try {
            out.writeByte(LIST);
            out.writeVInt(entries.size());
            for (Entry e : entries) {
                out.writeVLong(e.id());
                out.writeInt(Float.floatToIntBits(e.score()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // an array in memory: does not happen
        }
        return new BytesRef(bytes, 0, out.getPosition());
    }

    /** The entries of a {@link #LIST} value. */
    static List<Entry> decode(BytesRef value) {
        if (kind(value) != LIST) {
            throw new IllegalArgumentException("not a list");
        }
        ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset + 1, value.length - 1);
        int size = in.readVInt();
        List<Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(new Entry(in.readVLong(), Float.intBitsToFloat(in.readInt())));
        }
        return entries;
    }

    /**
     * Which claims' lists are due, and which of those have new words. {@link ClaimIndex} keeps it under its write lock;
     * {@link #current} is read without the lock.
     */
    static final class Due {
        /** Claims whose words are new or changed: their lists are due, and then their neighbours'. */
        private final IdSet fresh = new IdSet();
        /** Claims whose lists are due, nothing more. */
        private final IdSet stale = new IdSet();
        /** Claims whose value was set since the last {@link #take}. */
        private final IdSet changed = new IdSet();
        private volatile int freshCount;
        /** Whether the sets hold every due list (false after a start until the index has been read once). */
        private volatile boolean known;

        /** Records that claim {@code id}'s value is now of {@code kind} ({@link #LIST} also for a claim gone). */
        void set(long id, byte kind) {
            changed.add(id);
            if (kind == NEW) {
                stale.remove(id);
                fresh.add(id);
            } else if (kind == STALE) {
                if (!fresh.contains(id)) {
                    stale.add(id);
                }
            } else {
                fresh.remove(id);
                stale.remove(id);
            }
            freshCount = fresh.size();
        }

        /** What the sets say of claim {@code id}: {@link #NEW}, {@link #STALE}, or 0 when nothing is due. */
        byte of(long id) {
            return fresh.contains(id) ? NEW : stale.contains(id) ? STALE : 0;
        }

        /** Whether claim {@code id}'s value was set since the last {@link #take}. */
        boolean changed(long id) {
            return changed.contains(id);
        }

        /** An empty index: nothing is due, and that is known. */
        void clear() {
            fresh.clear();
            stale.clear();
            freshCount = 0;
            known = true;
        }

        boolean known() {
            return known;
        }

        void markKnown() {
            known = true;
        }

        /** Whether no claim with new words waits (and the sets are known). */
        boolean current() {
            return known && freshCount == 0;
        }

        int size() {
            return fresh.size() + stale.size();
        }

        /** Up to {@code max} due claims, those with new words first, or {@code maxStale} when none has new words. */
        ClaimIndex.DueLists take(int max, int maxStale) {
            changed.clear();
            if (fresh.isEmpty()) {
                return new ClaimIndex.DueLists(List.of(), stale.first(maxStale));
            }
            List<Long> taken = fresh.first(max);
            return new ClaimIndex.DueLists(taken, stale.first(max - taken.size()));
        }

        /** The lists of {@code ids} are stored: they are no longer due, unless set again since they were taken. */
        void done(List<Long> ids) {
            for (long id : ids) {
                if (!changed.contains(id)) {
                    fresh.remove(id);
                    stale.remove(id);
                }
            }
            freshCount = fresh.size();
        }
    }

    /**
     * A set of claim ids: a bit per id (claim ids are a sequence, so a million claims take 125 KB, where boxed longs
     * in a hash set would take tens of megabytes), with a plain set for ids beyond an int.
     */
    static final class IdSet {
        private final BitSet bits = new BitSet();
        private final Set<Long> large = new HashSet<>();
        private int size;

        boolean add(long id) {
            boolean added;
            if (id >= 0 && id <= Integer.MAX_VALUE) {
                added = !bits.get((int) id);
                bits.set((int) id);
            } else {
                added = large.add(id);
            }
            if (added) {
                size++;
            }
            return added;
        }

        boolean remove(long id) {
            boolean removed;
            if (id >= 0 && id <= Integer.MAX_VALUE) {
                removed = bits.get((int) id);
                bits.clear((int) id);
            } else {
                removed = large.remove(id);
            }
            if (removed) {
                size--;
            }
            return removed;
        }

        boolean contains(long id) {
            return id >= 0 && id <= Integer.MAX_VALUE ? bits.get((int) id) : large.contains(id);
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            bits.clear();
            large.clear();
            size = 0;
        }

        /** Up to {@code max} ids, lowest first, without removing them. */
        List<Long> first(int max) {
            List<Long> ids = new ArrayList<>(Math.min(max, size));
            for (int i = bits.nextSetBit(0); i >= 0 && ids.size() < max; i = bits.nextSetBit(i + 1)) {
                ids.add((long) i);
            }
            for (long id : large) {
                if (ids.size() >= max) {
                    break;
                }
                ids.add(id);
            }
            return ids;
        }
    }
}

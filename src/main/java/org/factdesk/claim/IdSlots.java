package org.factdesk.claim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A list of ids for {@code in (...)}, bound as one positional parameter each in a statement of fixed shape. Hibernate
 * translates a query whose parameter is a list to SQL again at every call (in a profile of the claims list that was
 * a sixth of its database time); with room for 8, 16, 32... ids, the spare slots repeating the first id, each shape
 * is translated once and then taken from Hibernate's plan cache.
 */
public final class IdSlots {

    private static final Map<Long, String> MADE = new ConcurrentHashMap<>();

    private final int first;
    private final Object[] values;
    private final String placeholders;

    private IdSlots(int first, Object[] values, String placeholders) {
        this.first = first;
        this.values = values;
        this.placeholders = placeholders;
    }

    /** Slots for {@code ids} (not empty), numbered from {@code ?first}. */
    public static IdSlots of(List<Long> ids, int first) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids to look for");
        }
        int slots = Math.max(8, Integer.highestOneBit(ids.size() - 1) << 1);
        Object[] values = new Object[slots];
        for (int i = 0; i < slots; i++) {
            values[i] = ids.get(i < ids.size() ? i : 0);
        }
        String placeholders = MADE.computeIfAbsent(((long) first << 32) | slots, key -> IntStream
                .range(first, first + slots).mapToObj(i -> "?" + i).collect(Collectors.joining(", ", "(", ")")));
        return new IdSlots(first, values, placeholders);
    }

    /** "(?first, ..., ?last)", for after {@code in}. */
    public String placeholders() {
        return placeholders;
    }

    /** The parameters, in the order of the slots. */
    public Object[] values() {
        return values.clone();
    }

    /** Binds the slots to {@code query}. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(first + i, values[i]);
        }
        return query;
    }
}

package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class IdSlotsTest {

    @Test
    void fewIdsGetEightSlotsTheSpareOnesRepeatingTheFirst() {
        IdSlots slots = IdSlots.of(List.of(7L, 3L, 9L), 1);
        assertEquals("(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", slots.placeholders());
        assertArrayEquals(new Object[] { 7L, 3L, 9L, 7L, 7L, 7L, 7L, 7L }, slots.values());
    }

    @Test
    void theShapeGrowsByPowersOfTwoAndNumbersFromTheFirstSlot() {
        List<Long> twentyFive = LongStream.rangeClosed(1, 25).boxed().toList();
        IdSlots slots = IdSlots.of(twentyFive, 3);
        assertEquals(32, slots.values().length);
        assertEquals("(?3, ", slots.placeholders().substring(0, 5));
        assertEquals(", ?34)", slots.placeholders().substring(slots.placeholders().length() - 6));
        assertEquals(8, IdSlots.of(LongStream.rangeClosed(1, 8).boxed().toList(), 1).values().length);
        assertEquals(16, IdSlots.of(LongStream.rangeClosed(1, 9).boxed().toList(), 1).values().length);
        assertEquals(256, IdSlots.of(LongStream.rangeClosed(1, 200).boxed().toList(), 1).values().length);
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IdSlots.of(List.of(), 1));
    }
}

package org.factdesk.account.signin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The strangers' password-check lane: one check at a time, attempts first in line overtake the others waiting, and
 * every wait stays bounded. A check is "slow" for as long as its latch is closed, so the order is decided by the test,
 * never by timing.
 */
class PriorityLaneTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final PriorityLane lane = new PriorityLane(1);
    private final List<String> order = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aCleanAttemptOvertakesTheQueuedOnes() throws Exception {
        CountDownLatch firstCheck = new CountDownLatch(1);
        Future<Boolean> running = check("attacker-0", false, LONG, firstCheck);
        awaitHeld();
        Future<Boolean> a1 = check("attacker-1", false, LONG, null);
        awaitWaiting(0, 1);
        Future<Boolean> a2 = check("attacker-2", false, LONG, null);
        awaitWaiting(0, 2);
        Future<Boolean> person = check("person", true, LONG, null);
        awaitWaiting(1, 2);

        firstCheck.countDown();
        assertTrue(running.get(10, TimeUnit.SECONDS));
        assertTrue(person.get(10, TimeUnit.SECONDS));
        assertTrue(a1.get(10, TimeUnit.SECONDS));
        assertTrue(a2.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("attacker-0", "person", "attacker-1", "attacker-2"), order,
                "the person waits for the check under way only, then the others in the order they came");
        assertArrayEquals(new int[] { 0, 0 }, lane.waiting());
    }

    @Test
    void oneCheckAtATimeWhateverTheQueue() throws Exception {
        CountDownLatch firstCheck = new CountDownLatch(1);
        Future<Boolean> running = check("first", true, LONG, firstCheck);
        awaitHeld();
        assertFalse(lane.enter(true, Duration.ZERO), "a clean attempt does not run beside the check under way");
        assertFalse(lane.enter(false, Duration.ZERO));
        firstCheck.countDown();
        assertTrue(running.get(10, TimeUnit.SECONDS));
        assertTrue(lane.enter(false, Duration.ZERO), "free again once the check ended");
        lane.leave();
    }

    @Test
    void theOthersStillHaveABoundedWaitAndGiveUpCleanly() throws Exception {
        CountDownLatch firstCheck = new CountDownLatch(1);
        Future<Boolean> running = check("person", true, LONG, firstCheck);
        awaitHeld();
        Future<Boolean> gaveUp = check("attacker", false, Duration.ofMillis(50), null);
        assertFalse(gaveUp.get(10, TimeUnit.SECONDS), "told the desk is busy once its wait ran out");
        assertArrayEquals(new int[] { 0, 0 }, lane.waiting(), "and no longer queued");

        Future<Boolean> next = check("next", false, LONG, null);
        awaitWaiting(0, 1);
        firstCheck.countDown();
        assertTrue(running.get(10, TimeUnit.SECONDS));
        assertTrue(next.get(10, TimeUnit.SECONDS), "the lane went to the next waiter, not to the one that gave up");
        assertEquals(List.of("person", "next"), order);
    }

    @Test
    void anInterruptedWaiterLeavesTheQueue() throws Exception {
        CountDownLatch firstCheck = new CountDownLatch(1);
        Future<Boolean> running = check("holder", false, LONG, firstCheck);
        awaitHeld();
        Future<Boolean> interrupted = check("interrupted", false, LONG, null);
        awaitWaiting(0, 1);
        interrupted.cancel(true);
        awaitWaiting(0, 0);
        firstCheck.countDown();
        assertTrue(running.get(10, TimeUnit.SECONDS));
        assertTrue(lane.enter(false, Duration.ZERO), "the lane is free, not handed to the waiter that left");
        lane.leave();
        assertEquals(List.of("holder"), order);
    }

    /** One attempt: waits for the lane, notes its turn, holds the lane until {@code done} opens (if given). */
    private Future<Boolean> check(String who, boolean first, Duration wait, CountDownLatch done) {
        return pool.submit(() -> {
            if (!lane.enter(first, wait)) {
                return false;
            }
            try {
                order.add(who);
                if (done != null) {
                    done.await();
                }
                return true;
            } finally {
                lane.leave();
            }
        });
    }

    /** Waits until the first attempt noted that it holds the lane. */
    private void awaitHeld() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (order.isEmpty()) {
            assertTrue(System.nanoTime() < until, "the first attempt never got the lane");
            Thread.sleep(1);
        }
    }

    /** Waits until exactly so many attempts queue, first in line and others (a wait, not what the test asserts). */
    private void awaitWaiting(int first, int others) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lane.waiting()[0] != first || lane.waiting()[1] != others) {
            assertTrue(System.nanoTime() < until, "queued " + lane.waiting()[0] + " + " + lane.waiting()[1]);
            Thread.sleep(1);
        }
    }
}

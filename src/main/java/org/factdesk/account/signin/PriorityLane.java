package org.factdesk.account.signin;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lane that lets one password check through at a time, with two queues: attempts {@link SignInService} puts first in
 * line go ahead of every other waiting attempt, and each queue is first come, first served. The lane is handed
 * straight to the next waiter when a check ends, so nobody arriving later slips in between. Waits are bounded: an
 * attempt that is not let through within its wait gives up (and is told the desk is busy), so attempts behind the
 * first-in-line ones wait no longer than they did behind each other.
 */
final class PriorityLane {

    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Waiter> firstInLine = new ArrayDeque<>();
    private final Deque<Waiter> others = new ArrayDeque<>();
    private int free;

    /** One attempt waiting for the lane; {@code let} is set, under the lock, when the lane is handed to it. */
    private static final class Waiter {
        final Condition turn;
        boolean let;

        Waiter(Condition turn) {
            this.turn = turn;
        }
    }

    PriorityLane(int checks) {
        this.free = checks;
    }

    /**
     * Waits at most {@code wait} for the lane; true once this attempt holds it (it must then call {@link #leave()}),
     * false when the wait ran out or the thread was interrupted (the interrupt is kept).
     */
    boolean enter(boolean first, Duration wait) {
        long nanos = wait.toNanos();
        lock.lock();
        try {
            if (free > 0 && firstInLine.isEmpty() && (first || others.isEmpty())) {
                free--;
                return true;
            }
            Deque<Waiter> queue = first ? firstInLine : others;
            Waiter me = new Waiter(lock.newCondition());
            queue.addLast(me);
            try {
                while (!me.let) {
                    if (nanos <= 0) {
                        queue.remove(me);
                        return false;
                    }
                    nanos = me.turn.awaitNanos(nanos);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (me.let) {
                    handOn(); // it was handed the lane just as it was interrupted: pass it on
                } else {
                    queue.remove(me);
                }
                return false;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Ends this attempt's check: the lane goes to the first waiter in line, else the oldest other waiter. */
    void leave() {
        lock.lock();
        try {
            handOn();
        } finally {
            lock.unlock();
        }
    }

    /** How many attempts wait, first in line and others; for tests and diagnostics. */
    int[] waiting() {
        lock.lock();
        try {
            return new int[] { firstInLine.size(), others.size() };
        } finally {
            lock.unlock();
        }
    }

    private void handOn() {
        Waiter next = firstInLine.pollFirst();
        if (next == null) {
            next = others.pollFirst();
        }
        if (next == null) {
            free++;
            return;
        }
        next.let = true;
        next.turn.signal();
    }
}

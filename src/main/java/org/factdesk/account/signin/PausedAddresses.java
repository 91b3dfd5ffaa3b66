package org.factdesk.account.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The addresses this instance refused lately, and until when. While an address is paused or slowed, its further
 * attempts are refused from here, with no database read and no row written: under a flood from one address each
 * refusal then costs next to nothing, which keeps the machine free for the people signing in (issue 12). Only a
 * decision taken from the database (by {@link SignInThrottle}) pauses an address, and only for the time it said,
 * so other instances and this one agree; the refusals answered from here are counted and reported together
 * when the pause ends.
 */
@ApplicationScoped
public class PausedAddresses {

    /** Beyond this many paused addresses the oldest decisions are dropped (they are taken again from the database). */
    static final int MAX_ADDRESSES = 50_000;

    /** A pause: why, until when, and how many attempts it refused without asking the database. */
    record Pause(SignInThrottle.Refusal refusal, Instant until, AtomicLong refusedHere) {
    }

    private final ConcurrentHashMap<String, Pause> paused = new ConcurrentHashMap<>();

    /** The pause on {@code address} at {@code now}, counting this attempt as refused by it; empty when none. */
    Optional<Pause> refuse(String address, Instant now) {
        Pause pause = paused.get(address);
        if (pause == null || !now.isBefore(pause.until())) {
            return Optional.empty();
        }
        pause.refusedHere().incrementAndGet();
        return Optional.of(pause);
    }

    /**
     * Remembers a refusal decided from the database for the whole address (not one that depends on the account);
     * returns the pause it replaces once that one has ended, so its count can be reported.
     */
    Optional<Pause> pause(String address, SignInThrottle.Refusal refusal, Instant now, Duration retryAfter) {
        if (paused.size() >= MAX_ADDRESSES) {
            paused.values().removeIf(p -> !now.isBefore(p.until()));
            if (paused.size() >= MAX_ADDRESSES) {
                paused.clear();
            }
        }
        Pause before = paused.put(address, new Pause(refusal, now.plus(retryAfter), new AtomicLong()));
        return Optional.ofNullable(before).filter(p -> p.refusedHere().get() > 0);
    }

    /** Forgets the pause on {@code address} once it has ended; returns it when it refused attempts of its own. */
    Optional<Pause> ended(String address, Instant now) {
        Pause pause = paused.get(address);
        if (pause == null || now.isBefore(pause.until()) || !paused.remove(address, pause)) {
            return Optional.empty();
        }
        return Optional.of(pause).filter(p -> p.refusedHere().get() > 0);
    }

    /** Whether the refusal holds for every attempt from the address, whatever account it names. */
    static boolean wholeAddress(SignInThrottle.Refusal refusal) {
        return refusal == SignInThrottle.Refusal.ADDRESS_PAUSED || refusal == SignInThrottle.Refusal.ADDRESS_SLOWED
                || refusal == SignInThrottle.Refusal.NETWORK_PAUSED;
    }
}

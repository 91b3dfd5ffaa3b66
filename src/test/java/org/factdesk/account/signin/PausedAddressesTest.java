package org.factdesk.account.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PausedAddressesTest {

    private final PausedAddresses paused = new PausedAddresses();
    private final Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPauseRefusesUntilItEndsAndCountsWhatItRefused() {
        assertTrue(paused.pause("198.51.100.7", SignInThrottle.Refusal.ADDRESS_SLOWED, now, Duration.ofSeconds(2))
                .isEmpty());
        assertTrue(paused.refuse("198.51.100.7", now.plusMillis(500)).isPresent());
        assertTrue(paused.refuse("198.51.100.7", now.plusMillis(1_999)).isPresent());
        assertTrue(paused.refuse("198.51.100.8", now.plusMillis(500)).isEmpty(), "another address is not paused");
        assertTrue(paused.refuse("198.51.100.7", now.plusSeconds(2)).isEmpty(), "the pause ends when it said");
        assertTrue(paused.ended("198.51.100.7", now.plusMillis(1_500)).isEmpty(), "not ended before its time");
        PausedAddresses.Pause ended = paused.ended("198.51.100.7", now.plusSeconds(2)).orElseThrow();
        assertEquals(2, ended.refusedHere().get());
        assertEquals(SignInThrottle.Refusal.ADDRESS_SLOWED, ended.refusal());
        assertTrue(paused.ended("198.51.100.7", now.plusSeconds(3)).isEmpty(), "reported once");
    }

    @Test
    void aPauseThatRefusedNothingIsNotReported() {
        paused.pause("203.0.113.5", SignInThrottle.Refusal.NETWORK_PAUSED, now, Duration.ofSeconds(1));
        assertTrue(paused.ended("203.0.113.5", now.plusSeconds(1)).isEmpty());
        assertTrue(paused.pause("203.0.113.5", SignInThrottle.Refusal.NETWORK_PAUSED, now.plusSeconds(5),
                Duration.ofSeconds(1)).isEmpty());
    }

    @Test
    void onlyRefusalsOfTheWholeAddressAreRemembered() {
        assertTrue(PausedAddresses.wholeAddress(SignInThrottle.Refusal.ADDRESS_PAUSED));
        assertTrue(PausedAddresses.wholeAddress(SignInThrottle.Refusal.NETWORK_PAUSED));
        assertFalse(PausedAddresses.wholeAddress(SignInThrottle.Refusal.ACCOUNT_SPACED),
                "an account's spacing depends on the account named, not on the address");
        assertFalse(PausedAddresses.wholeAddress(SignInThrottle.Refusal.ADDRESS_BUSY));
    }
}

package org.factdesk.account.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * HTTP Basic sends the password with every API call, and checking it with bcrypt (cost 12) costs about a quarter
 * of a second of CPU. This remembers for {@link #TTL} which username and password were verified against which
 * stored hash, so a script's run of calls costs one bcrypt check instead of one per call.
 *
 * <ul>
 * <li>Only correct credentials are remembered; a wrong password always goes through bcrypt and counts as a
 * failure, so guessing gains nothing.</li>
 * <li>A hit counts only while the account's stored hash is still the one it was verified against: after a password
 * change or reset the old password misses at once, on every instance, since the hash is read from the database
 * on each call.</li>
 * <li>The throttle and the active check still run on every call; only the bcrypt comparison is skipped.</li>
 * <li>Keys are HMAC-SHA256 of the name and password under a random key made at start-up and never stored; the map
 * holds no password. (Anyone who can read this process's memory can read the Basic headers passing through it
 * anyway.)</li>
 * </ul>
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] passwordHash, long expiresAt) {
    }

    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether these credentials were verified, within {@link #TTL}, against the hash the account has now. */
    public boolean verified(String name, String password, String storedHash) {
        Entry entry = entries.get(key(name, password));
        if (entry == null || storedHash == null) {
            return false;
        }
        if (entry.expiresAt - System.nanoTime() < 0) {
            entries.remove(key(name, password), entry);
            return false;
        }
        boolean same = MessageDigest.isEqual(entry.passwordHash, storedHash.getBytes(StandardCharsets.UTF_8));
        if (same) {
            hits.incrementAndGet();
        }
        return same;
    }

    /** Records that bcrypt accepted these credentials against {@code storedHash}. */
    public void remember(String name, String password, String storedHash) {
        if (storedHash == null) {
            return;
        }
        long now = System.nanoTime();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> e.expiresAt - now < 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(name, password), new Entry(storedHash.getBytes(StandardCharsets.UTF_8), now + TTL.toNanos()));
    }

    /** How many checks were answered from memory; for tests and diagnosis. */
    long hits() {
        return hits.get();
    }

    private String key(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

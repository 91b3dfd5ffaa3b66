package org.factdesk.web;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keys that every instance must agree on (they sign values one instance writes and another reads), created on
 * first use and kept in the database so a cluster needs no extra configuration.
 */
@ApplicationScoped
public class AppSecrets {

    /** Signs the one-line notices of {@link Flash}. */
    public static final String NOTICE = "notice";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    /** Loads the known secrets at start-up, so pages rendered on an I/O thread never wait for the database. */
    void preload(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        get(NOTICE);
    }

    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        String stored = QuarkusTransaction.requiringNew().call(() -> {
            AppSecret existing = AppSecret.findById(name);
            return existing == null ? null : existing.secret;
        });
        if (stored == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    AppSecret secret = new AppSecret();
                    secret.name = name;
                    secret.secret = Base64.getEncoder().encodeToString(bytes);
                    secret.createdAt = Instant.now();
                    secret.persist();
                });
            } catch (RuntimeException raceLost) {
                // Another instance created it first; its value is the one everybody uses.
            }
            stored = QuarkusTransaction.requiringNew().call(() -> ((AppSecret) AppSecret.findById(name)).secret);
        }
        return Base64.getDecoder().decode(stored);
    }
}

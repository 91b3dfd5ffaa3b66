package org.factdesk.account.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.web.FactDeskConfig;

/** Creates, checks and ends the server-side sessions behind the sign-in cookie. */
@ApplicationScoped
public class SessionService {

    /** Writing last-seen on every request would make every page view a write; once a minute is enough. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FactDeskConfig config;

    /** Opens a session and returns the token for the cookie; only its hash is stored. */
    @Transactional
    public String open(Account account, String ip, String userAgent) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.account = Account.findById(account.id);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.session().absoluteTimeout());
        session.ip = truncate(ip, 64);
        session.userAgent = truncate(userAgent, 255);
        session.persist();
        return token;
    }

    /** The live session for a token: not revoked, not expired, not idle too long, its account active. */
    @Transactional
    public Optional<UserSession> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<UserSession> found = UserSession.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get();
        Instant now = Instant.now();
        if (session.revokedAt != null || now.isAfter(session.expiresAt)
                || now.isAfter(session.lastSeenAt.plus(config.session().idleTimeout()))
                || !session.account.active) {
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt.plus(TOUCH_INTERVAL))) {
            session.lastSeenAt = now;
        }
        return Optional.of(session);
    }

    /** Ends the session behind a token (sign-out). */
    @Transactional
    public void close(String token) {
        if (token != null && !token.isBlank()) {
            UserSession.findByTokenHash(hash(token)).filter(s -> s.revokedAt == null)
                    .ifPresent(s -> s.revokedAt = Instant.now());
        }
    }

    @Transactional
    public int closeAll(Account account) {
        return UserSession.revokeAll(account, Instant.now());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

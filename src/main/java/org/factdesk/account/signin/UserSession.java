package org.factdesk.account.signin;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.factdesk.account.Account;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A signed-in browser: kept in the database so sign-out and deactivation end it on every instance. */
@Entity
public class UserSession extends PanacheEntity {

    /** SHA-256 of the cookie's token, hex. */
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    public Account account;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(length = 64)
    public String ip;

    @Column(name = "user_agent", length = 255)
    public String userAgent;

    public static Optional<UserSession> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** Ends every open session of an account, e.g. when it is deactivated or its password is reset. */
    public static int revokeAll(Account account, Instant when) {
        return update("revokedAt = ?1 where account = ?2 and revokedAt is null", when, account);
    }
}

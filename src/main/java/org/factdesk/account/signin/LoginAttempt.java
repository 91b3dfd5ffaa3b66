package org.factdesk.account.signin;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/** One try to sign in, kept so throttling works across instances. */
@Entity
public class LoginAttempt extends PanacheEntity {

    /** Outcome of an attempt; only FAILED counts towards throttling. */
    public enum Outcome { SUCCEEDED, FAILED, THROTTLED }

    /** The name as typed (normalised), whether or not such an account exists. */
    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Outcome outcome;

    @Column(length = 64)
    public String ip;

    public static List<Instant> failuresSince(String username, Instant since) {
        return find("username = ?1 and outcome = ?2 and attemptedAt > ?3",
                Sort.descending("attemptedAt"), username, Outcome.FAILED, since)
                .project(AttemptTime.class).list().stream().map(AttemptTime::attemptedAt).toList();
    }

    /** Projection of an attempt's time. */
    public record AttemptTime(Instant attemptedAt) {
    }
}

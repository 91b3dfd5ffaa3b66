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

    /** The client's network (IPv4 /24, IPv6 /64), so an address-hopping client is still counted. */
    @Column(length = 64)
    public String network;

    /** Times of the newest failures from {@code ip} since {@code since}, newest first, at most {@code limit}. */
    static List<Instant> failuresFromAddress(String ip, Instant since, int limit) {
        return times("ip = ?1 and outcome = ?2 and attemptedAt > ?3", limit, ip, Outcome.FAILED, since);
    }

    /** The same for a whole network. */
    static List<Instant> failuresFromNetwork(String network, Instant since, int limit) {
        return times("network = ?1 and outcome = ?2 and attemptedAt > ?3", limit, network, Outcome.FAILED, since);
    }

    /** The newest failures for the account name since {@code since}, newest first, at most {@code limit}. */
    static List<AccountFailure> failuresForAccount(String username, Instant since, int limit) {
        return find("username = ?1 and outcome = ?2 and attemptedAt > ?3", Sort.descending("attemptedAt"), username,
                Outcome.FAILED, since).page(0, limit).project(AccountFailure.class).list();
    }

    /** Whether {@code username} signed in successfully from {@code network} since {@code since}. */
    static boolean signedInFromNetwork(String username, String network, Instant since) {
        return !times("username = ?1 and outcome = ?2 and network = ?3 and attemptedAt > ?4", 1, username,
                Outcome.SUCCEEDED, network, since).isEmpty();
    }

    /** When the password was last checked for the account name (a failure or a success), if since {@code since}. */
    static Instant lastChecked(String username, Instant since) {
        List<Instant> last = times("username = ?1 and outcome in ?2 and attemptedAt > ?3", 1, username,
                List.of(Outcome.FAILED, Outcome.SUCCEEDED), since);
        return last.isEmpty() ? null : last.get(0);
    }

    private static List<Instant> times(String query, int limit, Object... params) {
        return find(query, Sort.descending("attemptedAt"), params).page(0, limit).project(AttemptTime.class).list()
                .stream().map(AttemptTime::attemptedAt).toList();
    }

    /** Projection of an attempt's time. */
    public record AttemptTime(Instant attemptedAt) {
    }

    /** Projection of a failure on an account: when, and from which network. */
    public record AccountFailure(Instant attemptedAt, String network) {
    }
}

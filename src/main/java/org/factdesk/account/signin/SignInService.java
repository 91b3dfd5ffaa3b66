package org.factdesk.account.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.account.Passwords;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.SecuritySignal;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;

/**
 * Checks a username and password for the login form and for HTTP Basic: throttles repeated failures per
 * account name (in the database, so every instance counts the same), then lets quarkus-security-jpa verify
 * the bcrypt hash. HTTP Basic calls skip bcrypt for credentials verified a few minutes ago against the same stored
 * hash ({@link VerifiedCredentials}).
 */
@ApplicationScoped
public class SignInService {

    /** How fresh "last signed in" is kept for HTTP Basic calls. */
    static final Duration LAST_SIGN_IN_GRANULARITY = Duration.ofMinutes(1);

    /** How a sign-in attempt ended. */
    public enum Status { OK, WRONG, LOCKED, INACTIVE }

    /** The outcome, with the account on success and the end of the lock when locked. */
    public record Result(Status status, Account account, Instant lockedUntil) {
        public boolean ok() {
            return status == Status.OK;
        }
    }

    @Inject
    FactDeskConfig config;

    @Inject
    IdentityProviderManager identityProviderManager;

    @Inject
    Passwords passwords;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Event<SecuritySignal> security;

    /** A hash of a random password: unknown names cost the same bcrypt time as known ones. */
    private volatile String dummyHash;

    /** Where the credentials came from: the login form opens a session, Basic signs in one API call. */
    public enum Channel {
        FORM("form"), BASIC("HTTP Basic");

        final String label;

        Channel(String label) {
            this.label = label;
        }
    }

    /**
     * Checks the credentials and records the attempt; {@code ip} and {@code path} say where it came from, for the
     * security log.
     */
    @Transactional
    public Result signIn(String username, String password, String ip, String path, Channel channel) {
        String name = Account.normalise(username);
        if (name.isEmpty() || name.length() > 64 || password == null || password.isEmpty()) {
            return new Result(Status.WRONG, null, null);
        }
        Instant now = Instant.now();
        Optional<Instant> lockedUntil = lockedUntil(name, now);
        if (lockedUntil.isPresent()) {
            record(name, LoginAttempt.Outcome.THROTTLED, ip, now);
            security.fire(new SecuritySignal(SecuritySignal.Kind.THROTTLED, name, null, ip, path,
                    channel.label + ", paused until " + lockedUntil.get()));
            return new Result(Status.LOCKED, null, lockedUntil.get());
        }
        Optional<Account> account = Account.findByUsername(name);
        boolean matches;
        if (account.isEmpty()) {
            passwords.matches(password, dummyHash());
            matches = false;
        } else if (channel == Channel.BASIC && verified.verified(name, password, account.get().passwordHash)) {
            matches = true;
        } else {
            matches = verify(name, password);
            if (matches && channel == Channel.BASIC) {
                verified.remember(name, password, account.get().passwordHash);
            }
        }
        if (!matches) {
            record(name, LoginAttempt.Outcome.FAILED, ip, now);
            security.fire(new SecuritySignal(SecuritySignal.Kind.SIGN_IN_FAILED, name,
                    account.map(a -> a.id).orElse(null), ip, path,
                    channel.label + ", " + (account.isEmpty() ? "no such account" : "wrong password")));
            return new Result(Status.WRONG, null, null);
        }
        Account found = account.get();
        if (!found.active) {
            record(name, LoginAttempt.Outcome.FAILED, ip, now);
            security.fire(new SecuritySignal(SecuritySignal.Kind.SIGN_IN_FAILED, name, found.id, ip, path,
                    channel.label + ", account deactivated"));
            return new Result(Status.INACTIVE, null, null);
        }
        // A bulk update leaves the account's version alone, so two sign-ins at once never conflict. A script's
        // HTTP Basic calls would otherwise write the account row on every call: once a minute is enough to show.
        if (channel == Channel.FORM || found.lastSignInAt == null
                || found.lastSignInAt.isBefore(now.minus(LAST_SIGN_IN_GRANULARITY))) {
            Account.update("lastSignInAt = ?1 where id = ?2", now, found.id);
        }
        if (channel == Channel.FORM) {
            record(name, LoginAttempt.Outcome.SUCCEEDED, ip, now);
            security.fire(new SecuritySignal(SecuritySignal.Kind.SIGN_IN, name, found.id, ip, path, channel.label));
        }
        return new Result(Status.OK, found, null);
    }

    /**
     * The account is locked while some run of {@code maxFailures} failures within {@code window} ended less than
     * {@code lockout} ago. Refused attempts during the lock do not count, so the lock always lifts on time.
     */
    Optional<Instant> lockedUntil(String name, Instant now) {
        Duration window = config.login().window();
        Duration lockout = config.login().lockout();
        int max = config.login().maxFailures();
        List<Instant> newestFirst = LoginAttempt.failuresSince(name, now.minus(window).minus(lockout));
        if (newestFirst.size() < max) {
            return Optional.empty();
        }
        List<Instant> times = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(times);
        Instant until = null;
        for (int last = max - 1; last < times.size(); last++) {
            Instant first = times.get(last - max + 1);
            Instant end = times.get(last);
            if (!end.isAfter(first.plus(window))) {
                Instant candidate = end.plus(lockout);
                if (until == null || candidate.isAfter(until)) {
                    until = candidate;
                }
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.hash(Passwords.generate());
        }
        return dummyHash;
    }

    private boolean verify(String name, String password) {
        try {
            return identityProviderManager
                    .authenticateBlocking(new UsernamePasswordAuthenticationRequest(name,
                            new io.quarkus.security.credential.PasswordCredential(password.toCharArray())))
                    != null;
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    private static void record(String name, LoginAttempt.Outcome outcome, String ip, Instant now) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.username = name;
        attempt.outcome = outcome;
        attempt.ip = ip == null || ip.length() <= 64 ? ip : ip.substring(0, 64);
        attempt.attemptedAt = now;
        attempt.persist();
    }
}

package org.factdesk.account.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.factdesk.account.Account;
import org.factdesk.account.AccountMessages;
import org.factdesk.account.Passwords;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.SecuritySignal;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks a username and password for the login form and for HTTP Basic. The throttle ({@link SignInThrottle})
 * decides first, from the database, so a refused attempt costs no bcrypt: the client's address and network always,
 * the account's spacing unless the browser signed in to it before ({@link KnownBrowsers}); then the password is checked with at most
 * one bcrypt at a time for browsers the account never signed in from (so anonymous clients keep at most one core
 * busy; an attempt with nothing against it goes first in line there, see {@link #unknownBrowsers}) and one more lane
 * for known browsers, outside any transaction so waiting holds no database connection.
 * HTTP Basic calls skip bcrypt for credentials verified a few minutes ago against the same stored hash
 * ({@link VerifiedCredentials}).
 */
@ApplicationScoped
public class SignInService {

    /** How fresh "last signed in" is kept for HTTP Basic calls. */
    static final Duration LAST_SIGN_IN_GRANULARITY = Duration.ofMinutes(1);
    /** How long an attempt waits for a bcrypt lane before it is told to try again. */
    static final Duration CHECK_WAIT = Duration.ofSeconds(5);
    /** How long an attempt waits for another attempt from its address to be checked. */
    static final Duration TURN_WAIT = Duration.ofSeconds(1);

    /** How a sign-in attempt ended. */
    public enum Status { OK, WRONG, THROTTLED, BUSY, INACTIVE }

    /** The outcome: the account on success; why and for how long on a refusal. */
    public record Result(Status status, Account account, SignInThrottle.Refusal refusal, Duration retryAfter) {
        static Result of(Status status) {
            return new Result(status, null, null, null);
        }

        public boolean ok() {
            return status == Status.OK;
        }

        /** What the person is told in the API's problem detail, in English. */
        public String message() {
            return message(Localization.messages(AccountMessages.class, Language.DEFAULT));
        }

        /** What the person is told, in the language of {@code text}. */
        public String message(AccountMessages text) {
            return switch (status) {
                case OK -> "";
                case WRONG -> text.wrong();
                case INACTIVE -> text.inactive();
                case BUSY -> text.busy();
                case THROTTLED -> switch (refusal) {
                    case ADDRESS_PAUSED -> text.addressPaused(wait(retryAfter, text));
                    case ADDRESS_SLOWED -> text.addressSlowed(wait(retryAfter, text));
                    case NETWORK_PAUSED -> text.networkPaused(wait(retryAfter, text));
                    case ADDRESS_BUSY -> text.addressBusy(wait(retryAfter, text));
                    case ACCOUNT_SPACED -> text.accountSpaced(wait(retryAfter, text));
                };
            };
        }

        private static String wait(Duration d, AccountMessages text) {
            long seconds = d.toSeconds();
            return seconds < 90 ? text.seconds(seconds) : text.minutes((seconds + 59) / 60);
        }
    }

    /** Where the credentials came from: the login form opens a session, Basic signs in one API call. */
    public enum Channel {
        FORM("form"), BASIC("HTTP Basic");

        final String label;

        Channel(String label) {
            this.label = label;
        }
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    PausedAddresses pausedAddresses;

    @Inject
    KnownBrowsers browsers;

    @Inject
    Passwords passwords;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Event<SecuritySignal> security;

    /**
     * Strangers' lane: browsers the account never signed in from, whether or not the name exists. One check at a
     * time, so anonymous clients keep at most one core busy with bcrypt whatever their number. A queue first come,
     * first served put a person behind every attacker's check (2.8 s under a botnet, docs/PERFORMANCE.md), so an
     * attempt goes first in line when, within the window, its address has no failures and its name has none, and
     * the name signed in through the form from the address's network (IPv4 /24, IPv6 /64) within {@code attempts-kept}
     * ({@link SignInThrottle#forAccount}). Why these three: a botnet of fresh addresses and random names has no
     * failures either, so "no failures" alone would put every attacker first too; only a sign-in that succeeded tells
     * the person apart, and it must be tied to where the attempt comes from, or being first in line would tell an
     * attacker which names exist (an unknown name never signed in, so it is never first). The leak left is to a
     * client inside a network the owner signed in from that day, once per name (its own failure makes the name
     * unclean). Attackers cannot fill the first queue: their failure makes the name and the address unclean. The
     * others keep their bounded wait ({@link #CHECK_WAIT}, then "busy").
     */
    private final PriorityLane unknownBrowsers = new PriorityLane(1);
    /** Per address, whose turn it is to have a password checked (entries go when nobody waits). */
    private final Map<String, Semaphore> turns = new ConcurrentHashMap<>();
    private final Semaphore knownBrowsers = new Semaphore(1, true);

    /** A hash of a random password: unknown names cost the same bcrypt time as known ones. */
    private volatile String dummyHash;

    /**
     * Checks the credentials and records the attempt. {@code ip} and {@code path} say where it came from (for the
     * throttle and the security log); {@code deviceNote} is the browser's device cookie, if any.
     */
    public Result signIn(String username, String password, String ip, String path, Channel channel,
            String deviceNote) {
        String name = Account.normalise(username);
        if (name.isEmpty() || name.length() > 64 || password == null || password.isEmpty() || hasNul(name, password)) {
            return Result.of(Status.WRONG);
        }
        String address = ip == null || ip.isBlank() ? ClientNetwork.UNKNOWN : clip(ip, 64);
        Instant now = Instant.now();
        // The address comes first, for everyone: not even a remembered password is looked up from a refused address,
        // or the lookup would be a guessing oracle outside the throttle. An address this instance paused a moment ago
        // is refused again without asking the database, and without writing a row for every attempt.
        Optional<PausedAddresses.Pause> paused = pausedAddresses.refuse(address, now);
        if (paused.isPresent()) {
            Duration left = Duration.ofMillis(Math.max(1_000, paused.get().until().toEpochMilli() - now.toEpochMilli()
                    + 999) / 1000 * 1000);
            return new Result(Status.THROTTLED, null, paused.get().refusal(), left);
        }
        pausedAddresses.ended(address, now).ifPresent(p -> reportRefusedHere(address, path, p));
        SignInThrottle.Decision decision = QuarkusTransaction.requiringNew()
                .call(() -> throttle.forAddress(address, now));
        if (!decision.allowed()) {
            return refused(decision, name, Optional.empty(), address, path, channel, now);
        }
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(name));
        if (channel == Channel.BASIC && account.isPresent()
                && verified.verified(name, password, account.get().passwordHash)) {
            return signedIn(account.get(), name, address, path, channel, now);
        }
        // One password check at a time per address (on this instance), decided again once it is this attempt's turn:
        // parallel guesses would otherwise all pass the decision before any of their failures is recorded, and fill
        // the bcrypt lane ahead of everybody else.
        Semaphore turn = turns.computeIfAbsent(address, k -> new Semaphore(1, true));
        if (!acquire(turn, TURN_WAIT)) {
            return refused(new SignInThrottle.Decision(SignInThrottle.Refusal.ADDRESS_BUSY, Duration.ofSeconds(1)),
                    name, account, address, path, channel, now);
        }
        Optional<Boolean> matches;
        try {
            Instant at = Instant.now();
            boolean known = account.isPresent() && browsers.recognises(deviceNote, account.get().id, at);
            decision = QuarkusTransaction.requiringNew().call(() -> throttle.forAddress(address, at));
            if (decision.allowed() && !known) {
                boolean addressClean = decision.clean();
                decision = QuarkusTransaction.requiringNew()
                        .call(() -> throttle.forAccount(name, address, addressClean, at));
            }
            if (!decision.allowed()) {
                return refused(decision, name, account, address, path, channel, at);
            }
            matches = check(password, account, known, decision.clean());
            if (matches.isPresent() && !matches.get()) {
                record(name, LoginAttempt.Outcome.FAILED, address, at);
            }
        } finally {
            turn.release();
            if (!turn.hasQueuedThreads()) {
                turns.remove(address, turn);
            }
        }
        if (matches.isEmpty()) {
            return new Result(Status.BUSY, null, null, Duration.ofSeconds(5));
        }
        if (!matches.get()) {
            signal(SecuritySignal.Kind.SIGN_IN_FAILED, name, account, address, path,
                    channel.label + ", " + (account.isEmpty() ? "no such account" : "wrong password"));
            return Result.of(Status.WRONG);
        }
        if (channel == Channel.BASIC) {
            verified.remember(name, password, account.get().passwordHash);
        }
        return signedIn(account.get(), name, address, path, channel, now);
    }

    private Result refused(SignInThrottle.Decision decision, String name, Optional<Account> account, String address,
            String path, Channel channel, Instant now) {
        record(name, LoginAttempt.Outcome.THROTTLED, address, now);
        if (PausedAddresses.wholeAddress(decision.refusal())) {
            pausedAddresses.pause(address, decision.refusal(), now, decision.retryAfter())
                    .ifPresent(p -> reportRefusedHere(address, path, p));
        }
        signal(SecuritySignal.Kind.THROTTLED, name, account, address, path, channel.label + ", "
                + decision.refusal().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", retry after "
                + decision.retryAfter().toSeconds() + " s");
        return new Result(Status.THROTTLED, null, decision.refusal(), decision.retryAfter());
    }

    /** One security event for the attempts a pause refused without the database, instead of one per attempt. */
    private void reportRefusedHere(String address, String path, PausedAddresses.Pause pause) {
        long refused = pause.refusedHere().get();
        signal(SecuritySignal.Kind.THROTTLED, null, Optional.empty(), address, path, refused + " more "
                + (refused == 1 ? "attempt" : "attempts") + " from this address refused while it was "
                + pause.refusal().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", until " + pause.until());
    }

    private static boolean acquire(Semaphore semaphore, Duration wait) {
        try {
            return semaphore.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Result signedIn(Account found, String name, String ip, String path, Channel channel, Instant now) {
        if (!found.active) {
            record(name, LoginAttempt.Outcome.FAILED, ip, now);
            signal(SecuritySignal.Kind.SIGN_IN_FAILED, name, Optional.of(found), ip, path,
                    channel.label + ", account deactivated");
            return Result.of(Status.INACTIVE);
        }
        // A bulk update leaves the account's version alone, so two sign-ins at once never conflict. A script's
        // HTTP Basic calls would otherwise write the account row on every call: once a minute is enough to show.
        boolean stamp = channel == Channel.FORM || found.lastSignInAt == null
                || found.lastSignInAt.isBefore(now.minus(LAST_SIGN_IN_GRANULARITY));
        if (stamp || channel == Channel.FORM) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (stamp) {
                    Account.update("lastSignInAt = ?1 where id = ?2", now, found.id);
                }
                if (channel == Channel.FORM) {
                    persist(name, LoginAttempt.Outcome.SUCCEEDED, ip, now);
                }
            });
        }
        if (channel == Channel.FORM) {
            signal(SecuritySignal.Kind.SIGN_IN, name, Optional.of(found), ip, path, channel.label);
        }
        return new Result(Status.OK, found, null, null);
    }

    /**
     * The bcrypt comparison, in the lane for known or unknown browsers (in the latter {@code firstInLine} goes ahead of
     * the other waiting attempts); empty when no lane frees up within {@link #CHECK_WAIT}. An unknown name is compared
     * with a dummy hash so it takes as long as a known one.
     */
    private Optional<Boolean> check(String password, Optional<Account> account, boolean known, boolean firstInLine) {
        if (known) {
            if (!acquire(knownBrowsers, CHECK_WAIT)) {
                return Optional.empty();
            }
            try {
                return Optional.of(compare(password, account));
            } finally {
                knownBrowsers.release();
            }
        }
        if (!unknownBrowsers.enter(firstInLine, CHECK_WAIT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(compare(password, account));
        } finally {
            unknownBrowsers.leave();
        }
    }

    private boolean compare(String password, Optional<Account> account) {
        if (account.isEmpty()) {
            passwords.matches(password, dummyHash());
            return false;
        }
        return passwords.matches(password, account.get().passwordHash);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.hash(Passwords.generate());
        }
        return dummyHash;
    }

    private void signal(SecuritySignal.Kind kind, String name, Optional<Account> account, String ip, String path,
            String detail) {
        security.fire(new SecuritySignal(kind, name, account.map(a -> a.id).orElse(null), ip, path, detail));
    }

    /**
     * No account name or password holds NUL: PostgreSQL cannot store it in a name (it would refuse the lookup), and
     * bcrypt stops reading a password at it, so "secret\0anything" would pass for "secret". Such a sign-in fails
     * before anything is looked up, as an empty one does.
     */
    private static boolean hasNul(String name, String password) {
        return name.indexOf('\0') >= 0 || password.indexOf('\0') >= 0;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void record(String name, LoginAttempt.Outcome outcome, String ip, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> persist(name, outcome, ip, now));
    }

    private static void persist(String name, LoginAttempt.Outcome outcome, String ip, Instant now) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.username = name;
        attempt.outcome = outcome;
        attempt.ip = ip;
        attempt.network = ClientNetwork.of(ip);
        attempt.attemptedAt = now;
        attempt.persist();
    }
}

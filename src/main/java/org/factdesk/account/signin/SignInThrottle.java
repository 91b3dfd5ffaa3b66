package org.factdesk.account.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.web.FactDeskConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Decides whether a sign-in attempt may have its password checked, from the failures recorded in the database (so
 * every instance agrees), before any bcrypt work is done (OWASP authentication guidance, ASVS 2.2.1):
 * <ul>
 * <li><b>Per address.</b> After {@code address-free-failures} failures within the window, an address waits a delay
 * that doubles with each further failure (1 s, 2 s, 4 s … up to {@code max-delay}); after {@code address-max-failures}
 * it is refused until its failures age out of the window.</li>
 * <li><b>Per network</b> (IPv4 /24, IPv6 /64): refused after {@code network-max-failures}, so hopping addresses
 * within one block gains nothing.</li>
 * <li><b>Per account</b>, only against an attack from many places (failures from {@code account-min-networks}
 * networks or more): attempts on the account from a browser its owner never signed in from are spaced by a growing
 * delay, at most {@code max-delay}. Never a lock, and a browser the owner signed in from before is not delayed.</li>
 * </ul>
 * One client, whatever names it tries, only ever slows itself: failures from one address never delay the same
 * account from an address without failures. {@link SignInService} also takes one attempt per address at a time
 * ({@link Refusal#ADDRESS_BUSY} past a second's wait), so a burst of parallel guesses cannot all pass the decision
 * before their failures are recorded, nor fill the bcrypt lane ahead of other people.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Why an attempt is refused. */
    public enum Refusal {
        /** This address failed too often: refused until its failures age out. */
        ADDRESS_PAUSED,
        /** This address failed several times: it must wait before its next attempt. */
        ADDRESS_SLOWED,
        /** This network failed too often. */
        NETWORK_PAUSED,
        /** Another attempt from this address is being checked and did not finish within a second. */
        ADDRESS_BUSY,
        /** Many places are failing on this account: attempts from unknown browsers are spaced out. */
        ACCOUNT_SPACED
    }

    /**
     * The decision: allowed, or refused for a reason until {@code retryAfter} has passed. {@code clean} says, for an
     * allowed attempt, that nothing in the window speaks against it: from {@link #forAddress}, no failures from the
     * address; from {@link #forAccount}, that and the rest of the first-in-line rule ({@link SignInService}).
     */
    public record Decision(Refusal refusal, Duration retryAfter, boolean clean) {
        static final Decision ALLOWED = new Decision(null, Duration.ZERO, false);
        static final Decision CLEAN = new Decision(null, Duration.ZERO, true);

        public Decision(Refusal refusal, Duration retryAfter) {
            this(refusal, retryAfter, false);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    @Inject
    FactDeskConfig config;

    /** Whether an attempt from {@code ip} may go ahead now, whatever account it is for: the address and network. */
    public Decision forAddress(String ip, Instant now) {
        FactDeskConfig.Login login = config.login();
        Instant since = now.minus(login.window());
        List<Instant> fromAddress = LoginAttempt.failuresFromAddress(ip, since, login.addressMaxFailures());
        if (fromAddress.size() >= login.addressMaxFailures()) {
            return refuse(Refusal.ADDRESS_PAUSED, agesOut(fromAddress, login.addressMaxFailures(), login, now));
        }
        if (fromAddress.size() >= login.addressFreeFailures()) {
            Instant next = fromAddress.get(0).plus(delay(fromAddress.size() - login.addressFreeFailures(), login));
            if (now.isBefore(next)) {
                return refuse(Refusal.ADDRESS_SLOWED, Duration.between(now, next));
            }
        }
        List<Instant> fromNetwork = LoginAttempt.failuresFromNetwork(ClientNetwork.of(ip), since,
                login.networkMaxFailures());
        if (fromNetwork.size() >= login.networkMaxFailures()) {
            return refuse(Refusal.NETWORK_PAUSED, agesOut(fromNetwork, login.networkMaxFailures(), login, now));
        }
        return fromAddress.isEmpty() ? Decision.CLEAN : Decision.ALLOWED;
    }

    /**
     * Whether an attempt on {@code username} from {@code ip}, by a browser that never signed in to it, may have its
     * password checked now: spaced out only while failures on the account come from many networks. Allowed and
     * {@linkplain Decision#clean clean} when {@code addressClean} (the {@link #forAddress} decision was), the name has
     * no failures in the window, and the name signed in through the form from the address's network within
     * {@code attempts-kept}: {@link SignInService} puts such an attempt first in line for a password check. An unknown
     * name never signed in anywhere, so it is never clean, exactly as a real name that never signed in from there.
     */
    public Decision forAccount(String username, String ip, boolean addressClean, Instant now) {
        FactDeskConfig.Login login = config.login();
        Instant since = now.minus(login.window());
        int cap = login.accountFreeFailures() + 32;
        List<LoginAttempt.AccountFailure> onAccount = LoginAttempt.failuresForAccount(username, since, cap);
        if (onAccount.isEmpty()) {
            // Only asked for an attempt that is otherwise clean, whether or not the name exists, so how long this
            // takes does not tell the two apart either.
            String network = ClientNetwork.of(ip);
            boolean familiar = addressClean && !ClientNetwork.UNKNOWN.equals(network)
                    && LoginAttempt.signedInFromNetwork(username, network, now.minus(login.attemptsKept()));
            return familiar ? Decision.CLEAN : Decision.ALLOWED;
        }
        if (onAccount.size() >= login.accountFreeFailures() && networks(onAccount) >= login.accountMinNetworks()) {
            Instant last = LoginAttempt.lastChecked(username, since);
            Instant next = last == null ? now : last.plus(delay(onAccount.size() - login.accountFreeFailures(), login));
            if (now.isBefore(next)) {
                return refuse(Refusal.ACCOUNT_SPACED, Duration.between(now, next));
            }
        }
        return Decision.ALLOWED;
    }

    /** Forgets attempts older than {@code attempts-kept}: they only ever count within the window. */
    @Scheduled(every = "1h", delay = 1, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        Instant before = Instant.now().minus(config.login().attemptsKept());
        long removed = QuarkusTransaction.requiringNew().call(() -> LoginAttempt.delete("attemptedAt < ?1", before));
        if (removed > 0) {
            LOG.debugf("Forgot %d sign-in attempts from before %s.", removed, before);
        }
    }

    /** 1 s after the first failure past the free ones, doubling with each, at most {@code max-delay}. */
    static Duration delay(int beyondFree, FactDeskConfig.Login login) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(beyondFree, 20));
        return doubled.compareTo(login.maxDelay()) > 0 ? login.maxDelay() : doubled;
    }

    /** How long until fewer than {@code max} of these failures (newest first) are within the window. */
    private static Duration agesOut(List<Instant> newestFirst, int max, FactDeskConfig.Login login, Instant now) {
        Instant oldestCounted = newestFirst.get(max - 1);
        Duration left = Duration.between(now, oldestCounted.plus(login.window()));
        return left.isNegative() ? Duration.ofSeconds(1) : left;
    }

    private static int networks(List<LoginAttempt.AccountFailure> failures) {
        Set<String> distinct = new HashSet<>();
        for (LoginAttempt.AccountFailure f : failures) {
            distinct.add(f.network() == null ? ClientNetwork.UNKNOWN : f.network());
        }
        return distinct.size();
    }

    private static Decision refuse(Refusal refusal, Duration retryAfter) {
        // Whole seconds, rounded up, as Retry-After and the messages say them.
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new Decision(refusal, Duration.ofSeconds(seconds));
    }
}

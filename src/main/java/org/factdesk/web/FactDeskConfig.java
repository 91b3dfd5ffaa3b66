package org.factdesk.web;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** FactDesk's own settings, everything under {@code factdesk.*} in application.properties. */
@ConfigMapping(prefix = "factdesk")
public interface FactDeskConfig {

    /** Folder for the embedded database and uploads. */
    @WithDefault("./data")
    String dataDir();

    /** The address readers reach the desk at, for absolute links (ClaimReview, exports); see {@link PublicUrl}. */
    Optional<String> publicUrl();

    /** Folder of the claims search index, a cache each instance derives from the database. */
    String indexDir();

    /** Password for the first admin account; generated and logged once when absent. */
    Optional<String> adminPassword();

    /** Create demo accounts and sample articles on the first start. */
    @WithDefault("false")
    boolean demo();

    /** Rows on one page of every list. */
    @WithDefault("25")
    int pageSize();

    /** Largest article text accepted, in bytes of UTF-8 (pasted, uploaded or sent to the API). */
    @WithDefault("1048576")
    int maxArticleBytes();

    /** Streamed exports (reports, audit log) running at once on one instance; each holds a database connection. */
    @WithDefault("4")
    int maxConcurrentExports();

    Session session();

    Login login();

    SecurityLogSettings securityLog();

    Password password();

    Backup backup();

    /** Server-side sessions behind the sign-in cookie. */
    interface Session {
        @WithDefault("PT12H")
        Duration idleTimeout();

        @WithDefault("P7D")
        Duration absoluteTimeout();

        @WithDefault("factdesk-session")
        String cookieName();

        /** Always mark cookies Secure, even when the request does not look like HTTPS. */
        @WithDefault("false")
        boolean secureCookie();
    }

    /**
     * Sign-in throttling (account.signin.SignInThrottle): failures count per client address, per network and per
     * account name within {@link #window()}; the decision comes before any password is checked.
     */
    interface Login {
        /** How far back failures count. */
        @WithDefault("PT15M")
        Duration window();

        /** Failures from one address before its further attempts must wait a growing delay. */
        @WithDefault("5")
        int addressFreeFailures();

        /** Failures from one address after which it is refused until they age out of the window. */
        @WithDefault("20")
        int addressMaxFailures();

        /** Failures from one network (IPv4 /24, IPv6 /64) after which it is refused likewise. */
        @WithDefault("100")
        int networkMaxFailures();

        /**
         * Failures on one account, from at least {@link #accountMinNetworks()} networks, before attempts on it from
         * browsers it never signed in from must wait a growing delay. Never a lock: the delay is bounded by
         * {@link #maxDelay()} and a browser the owner signed in from before is not delayed at all.
         */
        @WithDefault("10")
        int accountFreeFailures();

        /** Distinct networks the account's failures must come from to count as an attack from many places. */
        @WithDefault("3")
        int accountMinNetworks();

        /** The longest wait asked between two attempts. */
        @WithDefault("PT30S")
        Duration maxDelay();

        /** How long sign-in attempts are kept; they only matter within the window. */
        @WithDefault("P1D")
        Duration attemptsKept();

        /** How long a browser that signed in to an account is recognised by its device cookie. */
        @WithDefault("P365D")
        Duration deviceTrust();
    }

    /** The security log (sign-ins, refusals, backups) stored in the database. */
    interface SecurityLogSettings {
        /** How long its rows are kept. */
        @WithDefault("P90D")
        Duration kept();
    }

    /** Password hashing. */
    interface Password {
        @WithDefault("12")
        int bcryptCost();
    }

    /** Backups of the embedded H2 database (org.factdesk.backup). */
    interface Backup {
        /** When the nightly backup runs (Quartz cron, server time); "off" turns it off. */
        @WithDefault("0 30 2 * * ?")
        String cron();

        /** How many backups to keep; older ones are deleted after each new one. */
        @WithDefault("7")
        int keep();
    }
}

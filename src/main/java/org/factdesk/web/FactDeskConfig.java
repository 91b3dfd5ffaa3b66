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

    /** Sign-in throttling per account name. */
    interface Login {
        @WithDefault("10")
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("PT15M")
        Duration lockout();
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

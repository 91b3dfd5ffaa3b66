package org.factdesk.audit;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.LogText;
import org.factdesk.web.SecuritySignal;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Context;

/**
 * The security log: writes each sign-in, sign-out, failure and refusal to the {@code factdesk.security} log
 * category and as a {@link SecurityEvent} row, in its own transaction so a refused request that rolls back still
 * leaves its trace. Callable from the event loop: there the row is written on a worker thread.
 */
@ApplicationScoped
public class SecurityLog {

    static final Logger LOG = Logger.getLogger("factdesk.security");
    private static final Logger ERRORS = Logger.getLogger(SecurityLog.class);

    @Inject
    ManagedExecutor executor;

    @Inject
    FactDeskConfig config;

    /** Forgets security events older than {@code factdesk.security-log.kept} (90 days unless configured). */
    @Scheduled(every = "1h", delay = 2, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void purge() {
        purgeBefore(Instant.now().minus(config.securityLog().kept()));
    }

    /** Deletes the events logged before {@code before}; returns how many. */
    long purgeBefore(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> SecurityEvent.delete("at < ?1", before));
    }

    void on(@Observes SecuritySignal signal) {
        record(signal.kind(), signal.username(), signal.accountId(), signal.ip(), signal.path(), signal.detail());
    }

    /** Logs one event and stores it. Callers pass no password or token; the detail says what happened. */
    public void record(SecuritySignal.Kind kind, String username, Long accountId, String ip, String path,
            String detail) {
        SecurityEvent event = new SecurityEvent();
        event.at = Instant.now();
        event.kind = kind;
        event.username = clip(username, 64);
        event.accountId = accountId;
        event.ip = clip(ip, 64);
        event.path = clip(path, 500);
        event.detail = clip(detail, 500);
        log(event);
        if (Context.isOnEventLoopThread()) {
            executor.execute(() -> store(event));
        } else {
            store(event);
        }
    }

    private static void store(SecurityEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(event::persist);
        } catch (RuntimeException e) {
            // The log line above already holds the event; a full or unreachable database must not turn a sign-in
            // or a refusal into an error page.
            ERRORS.warnf(e, "Could not store the security event %s for user=%s", event.kind,
                    LogText.of(event.username));
        }
    }

    /** The same lines the log carried before events were stored, so log searches keep working. */
    private static void log(SecurityEvent e) {
        // Everything here came with the request: escaped, so a username with a line break cannot forge a log line.
        String who = " user=" + LogText.of(e.username) + " ip=" + LogText.of(e.ip);
        String detail = e.detail == null ? "" : " (" + LogText.of(e.detail) + ")";
        String path = LogText.of(e.path);
        switch (e.kind) {
            case SIGN_IN -> LOG.infof("sign-in%s", who);
            case SIGN_OUT -> LOG.infof("sign-out%s", who);
            case SIGN_IN_FAILED -> LOG.warnf("sign-in failed%s path=%s%s", who, path, detail);
            case THROTTLED -> LOG.warnf("sign-in refused (throttled)%s path=%s%s", who, path, detail);
            case PERMISSION_REFUSED -> LOG.warnf("permission refused path=%s%s", path, who);
            case CSRF_REFUSED -> LOG.warnf("csrf token refused path=%s%s%s", path, who, detail);
            case CROSS_SITE_REFUSED -> LOG.warnf("cross-site %s refused%s%s", path, who, detail);
            case BACKUP_MADE, BACKUP_DOWNLOADED -> LOG.infof("%s%s%s", e.kind.label.toLowerCase(), who, detail);
            default -> LOG.warnf("%s path=%s%s%s", e.kind, path, who, detail);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

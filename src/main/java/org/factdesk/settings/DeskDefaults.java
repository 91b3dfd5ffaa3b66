package org.factdesk.settings;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.web.DeskClock;
import org.factdesk.web.DeskPreferences;
import org.factdesk.web.Language;
import org.factdesk.web.TimeZones;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The desk's language and time zone as the organisation row holds them, kept in memory so that every page can ask
 * without a query (and pages resolved on the event loop can ask at all). Read at start, every ten seconds (another
 * instance's change shows here within that), and at once after a save on this instance.
 */
@ApplicationScoped
public class DeskDefaults implements DeskPreferences {

    private record Snapshot(Language language, ZoneId zone) {
        static Snapshot of(Organisation o) {
            return new Snapshot(Language.ofTag(o.defaultLanguage).orElse(Language.DEFAULT),
                    TimeZones.choice(o.timeZone).orElse(DeskClock.UTC));
        }
    }

    private volatile Snapshot now = new Snapshot(Language.DEFAULT, DeskClock.UTC);

    @Override
    public Language language() {
        return now.language();
    }

    @Override
    public ZoneId zone() {
        return now.zone();
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Reads the organisation row again, in a transaction of its own (after a save: once it has committed). */
    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reload() {
        Snapshot read = QuarkusTransaction.requiringNew().call(() -> {
            Organisation o = Organisation.current();
            return o == null ? null : Snapshot.of(o);
        });
        if (read != null) {
            now = read;
        }
    }
}

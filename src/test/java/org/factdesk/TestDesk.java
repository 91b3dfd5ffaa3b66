package org.factdesk;

import org.factdesk.settings.DeskDefaults;
import org.factdesk.settings.Organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Sets the desk's default language and time zone as an admin's save would, and makes the running app read them. */
public final class TestDesk {

    private TestDesk() {
    }

    public static void set(DeskDefaults desk, String language, String zone) {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation o = Organisation.current();
            o.defaultLanguage = language;
            o.timeZone = zone;
        });
        desk.reload();
    }
}

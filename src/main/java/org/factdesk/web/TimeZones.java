package org.factdesk.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The time zones a desk or an account can choose: UTC and the tz database's place names ("America/Sao_Paulo",
 * "Europe/Paris"), without the legacy aliases ("Etc/GMT+3", "SystemV/...", "CET") that read wrong to people.
 */
public final class TimeZones {

    private static final List<String> CHOICES = Stream.concat(Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .sorted())
            .toList();

    private TimeZones() {
    }

    /** Every choice, UTC first, then by name. */
    public static List<String> choices() {
        return CHOICES;
    }

    /** The zone named by {@code id} when it is one of the choices; empty for anything else. */
    public static Optional<ZoneId> choice(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        String wanted = id.strip();
        return CHOICES.contains(wanted) ? Optional.of(ZoneId.of(wanted)) : Optional.empty();
    }
}

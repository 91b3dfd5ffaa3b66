package org.factdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The canonical text's value format stays exactly what it was when the fast paths were added. */
class AuditChainFormatTest {

    private static String canonical(Object value) {
        StringBuilder sb = new StringBuilder();
        AuditChain.appendValue(sb, value);
        return sb.toString();
    }

    @Test
    void instantsReadAsInstantToString() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            String expected = "\"" + instant + "\"";
            assertEquals(expected, canonical(instant));
            assertEquals(expected, canonical(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(5))));
        }
        for (String edge : new String[] { "1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "2026-03-04T05:06:07.000001Z", "2000-02-29T12:00:00.100Z", "1969-12-31T23:59:59Z" }) {
            assertEquals("\"" + edge + "\"", canonical(Instant.parse(edge)));
        }
        assertEquals("\"+10000-01-01T00:00:00Z\"",
                canonical(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("\"plain text, ünïcödé ✓\"", canonical("plain text, ünïcödé ✓"));
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001f\"", canonical("a\"b\\c\nd\re\tf\u0001g\u001f"));
        assertEquals("\"\\\"\"", canonical("\""));
        assertEquals("\"\"", canonical(""));
    }
}

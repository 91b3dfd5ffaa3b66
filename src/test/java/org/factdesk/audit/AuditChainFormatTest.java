package org.factdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The canonical text's value format stays exactly what it was when the fast paths were added. */
class AuditChainFormatTest {

    private static String canonical(Object value) {
        StringBuilder sb = new StringBuilder();
        CanonicalText.appendValue(sb, value);
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

    /**
     * One revision touching every audit table, with escapes, non-ASCII text, rows out of key order, nulls, fractions
     * of seconds and old timestamps, written exactly as the first implementation of the chain wrote it. (Dates
     * before 1582 are left out: read as java.sql.Date they shift with the JVM's time zone, in every implementation.)
     */
    @Test
    void canonicalTextIsThePinnedFormat() throws Exception {
        String url = "jdbc:h2:mem:canonical-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String insert : ROWS) {
                s.execute(insert);
            }
            List<String> texts = new ArrayList<>();
            AuditChain.walk(c, 1, 1, rev -> true, (rev, text) -> texts.add(text));
            assertEquals(List.of(PINNED), texts);
            AuditChain.sealPending(c, 10);
            AuditChain.Verification v = AuditChain.verify(c);
            assertTrue(v.ok(), v.toString());
            assertEquals(1, v.count());
            try (ResultSet rs = s.executeQuery("select seal from audit_seal where rev = 1")) {
                rs.next();
                assertEquals(AuditChain.seal(AuditChain.sha256(), AuditChain.GENESIS, PINNED), rs.getString(1));
            }
        }
    }

    private static final String[] ROWS = {
        "insert into audit_revision (id, at_millis, account_id, username, action, note, request_id) values (1, "
            + "1700000000123, null, null, null, 'tab\tquote\" back\\\\ nl\n ünï ✓ \u0001', null)",
        "insert into account_aud (id, rev, revtype, username, display_name, email, active, created_at) values (7, 1, 0, "
            + "'ana', 'Ana \"A\"', null, true, TIMESTAMP WITH TIME ZONE '2026-03-04 05:06:07.123456+02:00')",
        "insert into account_aud (id, rev, revtype, username, display_name, email, active, created_at) values (3, 1, 1, "
            + "'ben', 'Bén', 'b@x', false, TIMESTAMP WITH TIME ZONE '1999-12-31 23:59:59+00:00')",
        "insert into account_role_aud (rev, revtype, account_id, role) values (1, 0, 7, 'editor')",
        "insert into account_role_aud (rev, revtype, account_id, role) values (1, 0, 3, 'auditor')",
        "insert into claim_tag_aud (rev, revtype, claim_id, tag) values (1, 0, 5, 'zeta')",
        "insert into claim_tag_aud (rev, revtype, claim_id, tag) values (1, 0, 5, 'alpha')",
        "insert into source_aud (id, rev, revtype, verdict_id, position, url, title, publisher, accessed_on, excerpt) "
            + "values (20, 1, 0, 1, 2, 'https://b', 'B', null, DATE '1901-12-31', 'x')",
        "insert into source_aud (id, rev, revtype, verdict_id, position, url, title, publisher, accessed_on, excerpt) "
            + "values (10, 1, 0, 1, 1, 'https://a', 'A', 'P', DATE '2026-02-28', null)",
        "insert into source_aud (id, rev, revtype, verdict_id, position, url, title, publisher, accessed_on, excerpt) "
            + "values (15, 1, 2, 1, 3, 'https://c', '=SUM(1)', 'P', null, 'y')",
        "insert into rating_aud (id, rev, revtype, rating_key, label, numeric_value, colour, position, retired) "
            + "values (4, 1, 1, 'false', 'False', null, '#ff0000', 5, false)",
        "insert into organisation_aud (id, rev, revtype, name, url, logo_url) values (1, 1, 1, 'Desk', null, null)",
        "insert into article_aud (id, rev, revtype, title, outlet, author, source_url, published_on, language, "
            + "body_hash, imported_by, imported_at, updated_at) values (9, 1, 0, 'T', 'O', null, 'u', "
            + "DATE '2026-01-01', 'en', 'abc', 7, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00:00', null)",
        "insert into claim_comment_aud (id, rev, revtype, claim_id, author_id, body, created_at) values (3, 1, 0, 99, "
            + "7, 'old', TIMESTAMP WITH TIME ZONE '1500-03-04 05:06:07.25+00:00')",
        "insert into claim_comment_aud (id, rev, revtype, claim_id, author_id, body, created_at) values (4, 1, 0, 99, "
            + "7, 'older', TIMESTAMP WITH TIME ZONE '1899-12-31 23:00:00+01:00')",
        "insert into source_aud (id, rev, revtype, verdict_id, position, url, title, publisher, accessed_on, excerpt) "
            + "values (17, 1, 0, 1, 5, 'https://e', 'E', 'P', DATE '1900-01-01', 'z')",
        "insert into claim_aud (id, rev, revtype, score, quote) values (99, 1, 0, 0.1, 'q')",
        "insert into claim_aud (id, rev, revtype, score, quote) values (98, 1, 0, 1.0E-7, 'q2')",
        "insert into claim_comment_aud (id, rev, revtype, claim_id, author_id, body, created_at) values (2, 1, 0, 99, "
            + "7, 'hi **there**', TIMESTAMP WITH TIME ZONE '2026-05-06 07:08:09.5+00:00')",
    };

    private static final String PINNED =
            "revision 1 1700000000123 account=null user=null action=null note=\"tab\\tquote\\\" back\\\\\\\\ nl\\n ünï ✓ \\u0001\" request=null\n"
            + "account_aud active=false created_at=\"1999-12-31T23:59:59Z\" display_name=\"Bén\" email=\"b@x\" id=3 revtype=1 username=\"ben\"\n"
            + "account_aud active=true created_at=\"2026-03-04T03:06:07.123456Z\" display_name=\"Ana \\\"A\\\"\" email=null id=7 revtype=0 username=\"ana\"\n"
            + "account_role_aud account_id=3 revtype=0 role=\"auditor\"\n"
            + "account_role_aud account_id=7 revtype=0 role=\"editor\"\n"
            + "article_aud author=null body_hash=\"abc\" id=9 imported_at=\"2026-01-01T00:00:00Z\" imported_by=7 language=\"en\" outlet=\"O\" published_on=\"2026-01-01\" revtype=0 source_url=\"u\" title=\"T\" updated_at=null\n"
            + "claim_aud appearance_url=null article_id=null assignee_id=null claim_date=null claimant=null created_at=null created_by=null current_verdict_id=null dismiss_reason=null due_date=null end_offset=null id=98 prefix=null priority=null published_verdict_id=null quote=\"q2\" return_note=null revtype=0 score=1.0E-7 start_offset=null statement=null status=null suffix=null updated_at=null\n"
            + "claim_aud appearance_url=null article_id=null assignee_id=null claim_date=null claimant=null created_at=null created_by=null current_verdict_id=null dismiss_reason=null due_date=null end_offset=null id=99 prefix=null priority=null published_verdict_id=null quote=\"q\" return_note=null revtype=0 score=0.1 start_offset=null statement=null status=null suffix=null updated_at=null\n"
            + "claim_tag_aud claim_id=5 revtype=0 tag=\"alpha\"\n"
            + "claim_tag_aud claim_id=5 revtype=0 tag=\"zeta\"\n"
            + "source_aud accessed_on=\"2026-02-28\" excerpt=null id=10 position=1 publisher=\"P\" revtype=0 title=\"A\" url=\"https://a\" verdict_id=1\n"
            + "source_aud accessed_on=null excerpt=\"y\" id=15 position=3 publisher=\"P\" revtype=2 title=\"=SUM(1)\" url=\"https://c\" verdict_id=1\n"
            + "source_aud accessed_on=\"1900-01-01\" excerpt=\"z\" id=17 position=5 publisher=\"P\" revtype=0 title=\"E\" url=\"https://e\" verdict_id=1\n"
            + "source_aud accessed_on=\"1901-12-31\" excerpt=\"x\" id=20 position=2 publisher=null revtype=0 title=\"B\" url=\"https://b\" verdict_id=1\n"
            + "claim_comment_aud author_id=7 body=\"hi **there**\" claim_id=99 created_at=\"2026-05-06T07:08:09.500Z\" id=2 revtype=0\n"
            + "claim_comment_aud author_id=7 body=\"old\" claim_id=99 created_at=\"1500-03-04T05:06:07.250Z\" id=3 revtype=0\n"
            + "claim_comment_aud author_id=7 body=\"older\" claim_id=99 created_at=\"1899-12-31T22:00:00Z\" id=4 revtype=0\n"
            + "rating_aud colour=\"#ff0000\" id=4 label=\"False\" numeric_value=null position=5 rating_key=\"false\" retired=false revtype=1\n"
            + "organisation_aud id=1 logo_url=null name=\"Desk\" revtype=1 url=null\n";
}

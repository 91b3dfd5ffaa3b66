package org.factdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Verification on a chain sealed out of revision order, with the kinds of damage the streamed check meets at
 * different points: a broken link, a revision that is gone (in the middle and at the end), changed rows on either
 * side of a broken link, and revisions not sealed yet inside and after the sealed range.
 */
class AuditChainVerifyTest {

    /** Revisions 1 to 40 except 17 and 27, sealed; then 17 sealed late, after 40; then 27 and 41 left unsealed. */
    private static Connection chain() throws SQLException {
        String url = "jdbc:h2:mem:verify-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        Connection c = DriverManager.getConnection(url, "sa", "");
        try (Statement s = c.createStatement()) {
            for (int rev = 1; rev <= 40; rev++) {
                if (rev != 17 && rev != 27) {
                    revision(s, rev);
                }
            }
            AuditChain.sealPending(c, 100);
            revision(s, 17);
            AuditChain.sealPending(c, 100);
            revision(s, 27);
            revision(s, 41);
        }
        return c;
    }

    private static void revision(Statement s, int rev) throws SQLException {
        s.execute("insert into audit_revision (id, at_millis, username, action) values (" + rev + ", " + rev
                + ", 'ana', 'edit-claim')");
        s.execute("insert into claim_aud (id, rev, revtype, statement) values (5, " + rev + ", 1, 'Statement " + rev
                + "')");
    }

    /** Removes a revision and its rows, as someone with database access could (the seal's reference is lifted). */
    private static void removeRevision(Statement s, int rev) throws SQLException {
        s.execute("set referential_integrity false");
        s.execute("delete from claim_aud where rev = " + rev);
        s.execute("delete from audit_revision where id = " + rev);
        s.execute("set referential_integrity true");
    }

    @Test
    void aChainSealedOutOfRevisionOrderVerifiesAndCountsTheUnsealed() throws SQLException {
        try (Connection c = chain()) {
            AuditChain.Verification v = AuditChain.verify(c);
            assertTrue(v.ok(), v.toString());
            assertEquals(39, v.count());
            assertNull(v.firstBroken());
            assertEquals(2, v.unsealed(), "27 inside the sealed range and 41 after it");
        }
    }

    @Test
    void aRemovedSealBreaksTheLinkOfTheNextOne() throws SQLException {
        try (Connection c = chain(); Statement s = c.createStatement()) {
            s.execute("delete from audit_seal where seq = 10");
            AuditChain.Verification v = AuditChain.verify(c);
            assertFalse(v.ok());
            assertEquals(38, v.count());
            assertEquals(11, v.firstBroken(), "seq 11 seals revision 11 and now sits where seq 10 was");
            assertEquals("seal 10 does not follow the seal before it (a seal was removed or changed)", v.problem());
            assertEquals(3, v.unsealed());
        }
    }

    @Test
    void aRemovedRevisionIsNamedWhereverItWas() throws SQLException {
        try (Connection c = chain(); Statement s = c.createStatement()) {
            removeRevision(s, 40);
            AuditChain.Verification v = AuditChain.verify(c);
            assertEquals(40, v.firstBroken());
            assertEquals("revision 40 is sealed but no longer exists", v.problem());
            removeRevision(s, 17);
            v = AuditChain.verify(c);
            assertEquals(40, v.firstBroken(), "17 was sealed after 40, so 40 comes first in seal order");
            removeRevision(s, 3);
            v = AuditChain.verify(c);
            assertEquals(3, v.firstBroken());
            assertEquals("revision 3 is sealed but no longer exists", v.problem());
        }
    }

    @Test
    void theFirstFailureInSealOrderIsReported() throws SQLException {
        try (Connection c = chain(); Statement s = c.createStatement()) {
            s.execute("update claim_aud set statement = 'changed' where rev = 30");
            s.execute("update audit_seal set prev_seal = '" + AuditChain.GENESIS + "' where seq = 20");
            AuditChain.Verification v = AuditChain.verify(c);
            assertEquals(21, v.firstBroken(), "seq 20 seals revision 21; its link breaks before revision 30's seal");
            assertEquals("seal 20 does not follow the seal before it (a seal was removed or changed)", v.problem());
            s.execute("update claim_aud set statement = 'changed' where rev = 17");
            assertEquals(21, AuditChain.verify(c).firstBroken(), "17 was sealed last, after the broken link");
            s.execute("update claim_aud set statement = 'changed' where rev = 12");
            v = AuditChain.verify(c);
            assertEquals(12, v.firstBroken());
            assertEquals("revision 12 no longer matches its seal (its audit rows were changed, removed or added)",
                    v.problem());
        }
    }
}

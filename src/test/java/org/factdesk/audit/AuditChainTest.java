package org.factdesk.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.settings.RatingScaleService;
import org.factdesk.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The hash chain: an untouched log verifies; changing, deleting or inserting a single audit row with plain SQL
 * makes verification fail at that revision. Each test puts the row back, since all tests share one database.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditService audit;

    @Inject
    AgroalDataSource dataSource;

    private Account editor;
    private long claimId;

    @BeforeEach
    void claimWithHistory() {
        editor = TestAccounts.create("chain", "editor");
        var api = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).contentType(ContentType.JSON);
        int article = api.body(Map.of("title", "Chain " + System.nanoTime(),
                "text", "Fuel prices rose 12% in June, the regulator said. " + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        claimId = ((Number) given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("start", 0, "end", 30))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id"))
                .longValue();
        audit.sealPending();
    }

    private long revisionOfClaim() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select min(rev) from claim_aud where id = ?")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void sql(String statement, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    @Test
    void untouchedLogVerifies() {
        AuditChain.Verification v = audit.verify();
        assertTrue(v.ok(), "an untouched log verifies: " + v);
        assertNull(v.firstBroken());
        assertTrue(v.count() > 0);
        assertEquals(0, v.unsealed(), "verify seals what is pending first");
    }

    @Test
    void changingOneAuditRowBreaksTheChainAtThatRevision() throws SQLException {
        long rev = revisionOfClaim();
        sql("update claim_aud set statement = ? where id = ? and rev = ?", "Fuel prices fell", claimId, rev);
        try {
            AuditChain.Verification v = audit.verify();
            assertFalse(v.ok());
            assertEquals(rev, v.firstBroken());
        } finally {
            sql("update claim_aud set statement = (select statement from claim where id = ?) where id = ? and rev = ?",
                    claimId, claimId, rev);
        }
        assertTrue(audit.verify().ok(), "restoring the row restores the chain");
    }

    @Test
    void deletingOneAuditRowBreaksTheChainAtThatRevision() throws SQLException {
        long rev = revisionOfClaim();
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from claim_aud where id = ? and rev = ?")) {
            ps.setLong(1, claimId);
            ps.setLong(2, rev);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
            }
        }
        sql("delete from claim_aud where id = ? and rev = ?", claimId, rev);
        try {
            AuditChain.Verification v = audit.verify();
            assertFalse(v.ok());
            assertEquals(rev, v.firstBroken());
        } finally {
            sql("insert into claim_aud (" + String.join(", ", row.keySet()) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")", row.values().toArray());
        }
        assertTrue(audit.verify().ok(), "putting the row back restores the chain");
    }

    @Test
    void insertingOneAuditRowOrChangingARevisionBreaksTheChainAtThatRevision() throws SQLException {
        long rev = revisionOfClaim();
        sql("insert into claim_tag_aud (rev, revtype, claim_id, tag) values (?, 0, ?, 'forged')", rev, claimId);
        try {
            assertEquals(rev, audit.verify().firstBroken(), "an inserted row is found");
        } finally {
            sql("delete from claim_tag_aud where rev = ? and claim_id = ? and tag = 'forged'", rev, claimId);
        }
        assertTrue(audit.verify().ok());
        sql("update audit_revision set note = 'rewritten' where id = ?", rev);
        try {
            assertEquals(rev, audit.verify().firstBroken(), "a changed revision row is found");
        } finally {
            sql("update audit_revision set note = null where id = ?", rev);
        }
        assertTrue(audit.verify().ok());
    }

    @Test
    void aRatingsLabelsInOtherLanguagesAreSealedWithItsRevision() throws SQLException {
        RatingScaleService ratings = CDI.current().select(RatingScaleService.class).get();
        String key = TestAccounts.uniqueName("chain");
        long id = QuarkusTransaction.requiringNew().call(() -> ratings.create(new RatingScaleService.RatingInput(key,
                "Chain " + key, "", "#57606a", "9100", Map.of(Language.SPANISH, "Cadena " + key,
                        Language.FRENCH, "Chaîne " + key)))).id;
        long rev;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select max(rev) from rating_label_aud where rating_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rev = rs.getLong(1);
            }
        }
        assertTrue(rev > 0, "the labels are in the audit history");
        assertTrue(audit.verify().ok(), "and the chain verifies with them");
        sql("update rating_label_aud set label = ? where rating_id = ? and rev = ? and language = 'es'",
                "Otra " + key, id, rev);
        try {
            AuditChain.Verification v = audit.verify();
            assertFalse(v.ok());
            assertEquals(rev, v.firstBroken(), "a changed label is found at its revision");
        } finally {
            sql("update rating_label_aud set label = ? where rating_id = ? and rev = ? and language = 'es'",
                    "Cadena " + key, id, rev);
        }
        assertTrue(audit.verify().ok(), "restoring the label restores the chain");
    }
}

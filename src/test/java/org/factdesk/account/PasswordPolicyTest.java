package org.factdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The policy answers with a reason the pages word in their language; {@code check} gives the English one. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(Optional.of("Use at least 12 characters."), policy.check("Xq7#vL2!pk"));
    }

    @Test
    void passwordsOverBcryptsSeventyTwoBytesAreRefusedNotTruncated() {
        String seventyTwo = "ü".repeat(36);
        String seventyFour = "ü".repeat(37);
        assertTrue(policy.check(seventyFour).orElse("").contains("at most 72 bytes"));
        assertTrue(policy.check(seventyTwo).map(m -> !m.contains("72 bytes")).orElse(true));
    }

    @Test
    void commonPasswordsAreRefused() {
        for (String common : new String[] { "password1234", "123456789012", "qwertyuiop12", "iloveyou1234",
                "aaaaaaaaaaaa", "passwordpassword" }) {
            assertTrue(policy.check(common).orElse("").contains("most common"), common);
        }
    }

    @Test
    void passwordsBuiltFromTheUsernameAreRefused() {
        assertTrue(policy.check("ana.lopez2026", "ana.lopez").isPresent());
    }

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertEquals(Optional.empty(), policy.check("Tide-Lantern-Quartz-91"));
        assertEquals(Optional.empty(), policy.check("kettle orbit mango 7 violin"));
    }

    @Test
    void controlCharactersAreRefusedSinceBcryptWouldStopAtANul() {
        assertEquals(Optional.of(PasswordPolicy.Refusal.CONTROL), policy.refusal("Tide-Lantern\u0000Quartz-91"));
        assertEquals(Optional.of(PasswordPolicy.Refusal.CONTROL), policy.refusal("Tide-Lantern\u001bQuartz-91"));
        assertEquals(Optional.of(PasswordPolicy.Refusal.CONTROL), policy.refusal("Tide-Lantern\nQuartz-91"));
        assertEquals(Optional.empty(), policy.refusal("Tide Lantern, Quartz: 91 ¿ñ?"));
    }
}

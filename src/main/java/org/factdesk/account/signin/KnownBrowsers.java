package org.factdesk.account.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.web.AppSecrets;
import org.factdesk.web.FactDeskConfig;

/**
 * The device cookie (OWASP's answer to lockouts that attackers can trigger): after a successful sign-in the browser
 * gets a signed note "account N signed in here at T". When many places fail on that account, attempts from browsers
 * without the note wait a growing delay, and the owner's usual browser goes straight on. The note grants nothing
 * else: the password is still checked. Signed with a key every instance shares ({@link AppSecrets}).
 */
@ApplicationScoped
public class KnownBrowsers {

    static final String COOKIE = "factdesk-device";
    static final String SECRET = "device";

    @Inject
    AppSecrets secrets;

    @Inject
    FactDeskConfig config;

    /** The cookie value for a browser that has just signed in to {@code accountId}. */
    public String noteFor(long accountId, Instant now) {
        String payload = accountId + "." + now.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** Whether {@code note} was issued by this desk, to this account, within the trust period. */
    public boolean recognises(String note, long accountId, Instant now) {
        if (note == null || note.length() > 200) {
            return false;
        }
        String[] parts = note.split("\\.");
        if (parts.length != 3 || !parts[0].equals(Long.toString(accountId)) || !parts[1].matches("\\d{1,12}")) {
            return false;
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        return !issued.isAfter(now.plusSeconds(60)) && issued.plus(config.login().deviceTrust()).isAfter(now);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(SECRET), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

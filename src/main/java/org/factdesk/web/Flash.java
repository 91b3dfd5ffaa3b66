package org.factdesk.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

/**
 * One-line notices carried to the page after a redirect in a small signed cookie. Only short messages written
 * by the server go here, never form contents.
 */
@ApplicationScoped
public class Flash {

    public static final String COOKIE = "factdesk-notice";
    private static final int MAX_CHARS = 300;

    @Inject
    AppSecrets secrets;

    public NewCookie cookie(String message) {
        String text = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return new NewCookie.Builder(COOKIE).value(payload + "." + sign(payload)).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(60).build();
    }

    public static NewCookie clear() {
        return new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                .maxAge(0).build();
    }

    /** The message in a cookie value, if its signature is valid. */
    public Optional<String> read(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, dot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(AppSecrets.NOTICE), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

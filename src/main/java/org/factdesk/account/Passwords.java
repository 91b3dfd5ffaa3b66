package org.factdesk.account;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.web.FactDeskConfig;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Hashes passwords with bcrypt at the configured cost and makes random ones. */
@ApplicationScoped
public class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FactDeskConfig config;

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, Math.max(12, config.password().bcryptCost()));
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** A random password of 20 characters from an alphabet without look-alike letters. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

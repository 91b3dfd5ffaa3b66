package org.factdesk.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/** Rules every new password must pass; zxcvbn's frequency lists catch the most common passwords. */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_CHARS = 12;
    /** bcrypt ignores everything after 72 bytes, so longer passwords are refused rather than truncated. */
    public static final int MAX_BYTES = 72;
    /** Below 10^6 guesses zxcvbn rates a password as "very guessable". */
    private static final double MIN_GUESSES = 1e6;

    /**
     * zxcvbn's frequency lists (about 94,000 words, some 15 MB of heap) are read when a password is first checked, not
     * when this bean or its client proxy is made: the proxy is a subclass, so a field initialised here would load them
     * at every start, for every bean that injects the policy, though most starts never check a password.
     */
    private static final class Lists {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /** Why a password is refused; the English text is for the operator's log, pages word it in their language. */
    public enum Refusal {
        MISSING("Enter a password."),
        TOO_SHORT("Use at least " + MIN_CHARS + " characters."),
        TOO_LONG("Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters without accents)."),
        TOO_COMMON("This password is one of the most common or too easy to guess; choose another."),
        CONTROL("Use letters, digits, spaces and punctuation only, no control characters.");

        public final String english;

        Refusal(String english) {
            this.english = english;
        }
    }

    /** Returns why the password is refused, in English, or empty when it is acceptable. */
    public Optional<String> check(String password, String... personalInputs) {
        return refusal(password, personalInputs).map(r -> r.english);
    }

    /** Returns why the password is refused, or empty when it is acceptable. */
    public Optional<Refusal> refusal(String password, String... personalInputs) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Refusal.MISSING);
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARS) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LONG);
        }
        // bcrypt stops at a NUL, so "secret\0anything" would check as "secret"; other control characters cannot be
        // typed into a sign-in form and only come from scripts or pasted mistakes.
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Refusal.CONTROL);
        }
        List<String> inputs = new ArrayList<>();
        for (String input : personalInputs) {
            if (input != null && !input.isBlank()) {
                inputs.add(input);
            }
        }
        Strength strength = Lists.ZXCVBN.measure(password, inputs);
        if (strength.getGuesses() < MIN_GUESSES) {
            return Optional.of(Refusal.TOO_COMMON);
        }
        return Optional.empty();
    }
}

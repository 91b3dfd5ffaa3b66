package org.factdesk.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.web.Localization;

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

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Returns why the password is refused, in the language of the response being written (English outside a request,
     * as at the first start), or empty when it is acceptable.
     */
    public Optional<String> check(String password, String... personalInputs) {
        if (password == null || password.isEmpty()) {
            return Optional.of(text().passwordMissing());
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARS) {
            return Optional.of(text().passwordTooShort(MIN_CHARS));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(text().passwordTooLong(MAX_BYTES));
        }
        List<String> inputs = new ArrayList<>();
        for (String input : personalInputs) {
            if (input != null && !input.isBlank()) {
                inputs.add(input);
            }
        }
        Strength strength = zxcvbn.measure(password, inputs);
        if (strength.getGuesses() < MIN_GUESSES) {
            return Optional.of(text().passwordGuessable());
        }
        return Optional.empty();
    }

    private static AccountMessages text() {
        return Localization.messages(AccountMessages.class, Localization.ofCurrentRequest());
    }
}

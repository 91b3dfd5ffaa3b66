package org.factdesk.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.signin.SessionService;
import org.factdesk.account.signin.UserSession;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.MissingException;
import org.factdesk.web.TimeZones;

import io.quarkus.arc.Arc;

/** Account rules shared by the admin pages and the API: validation, the last-admin rule, password changes. */
@ApplicationScoped
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    Passwords passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    Localization localization;

    @Inject
    SessionService sessions;

    /** What a new account needs. */
    public record NewAccount(String username, String displayName, String email, Collection<String> roles,
            String password) {
    }

    @Transactional
    public Account create(NewAccount input) {
        FormErrors errors = new FormErrors();
        String username = Account.normalise(input.username());
        if (username.isEmpty()) {
            errors.add("username", text().usernameMissing());
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", text().usernameShape());
        }
        Account taken = errors.has("username") ? null : Account.findByUsername(username).orElse(null);
        if (taken != null) {
            errors.add("username", text().usernameTaken());
        }
        checkProfile(input.displayName(), input.email(), errors);
        Set<String> roles = checkRoles(input.roles(), errors);
        passwordRule(input.password(), errors, username, input.displayName(), input.email());
        if (taken != null) {
            throw InvalidInputException.duplicate(errors, taken);
        }
        InvalidInputException.throwIfAny(errors);
        Account account = new Account();
        account.username = username;
        account.displayName = input.displayName().strip();
        account.email = input.email().strip();
        account.roles = new TreeSet<>(roles);
        account.passwordHash = passwords.hash(input.password());
        account.active = true;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    /** Changes name, email and roles; an admin cannot take the admin role from the last active admin. */
    @Transactional
    public Account update(long id, String displayName, String email, Collection<String> roleKeys) {
        Account account = find(id);
        FormErrors errors = new FormErrors();
        checkProfile(displayName, email, errors);
        Set<String> roles = checkRoles(roleKeys, errors);
        if (account.active && account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN.key)
                && Account.countActiveWithRole(Role.ADMIN) <= 1) {
            errors.add("roles", text().lastAdminRole());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.displayName = displayName.strip();
        account.email = email.strip();
        account.roles.clear();
        account.roles.addAll(roles);
        return account;
    }

    /** Deactivates an account and ends its sessions at once. */
    @Transactional
    public Account deactivate(long id) {
        Account account = find(id);
        if (!account.active) {
            return account;
        }
        if (account.hasRole(Role.ADMIN) && Account.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new InvalidInputException("active", text().lastAdminActive());
        }
        account.active = false;
        sessions.closeAll(account);
        return account;
    }

    @Transactional
    public Account reactivate(long id) {
        Account account = find(id);
        account.active = true;
        return account;
    }

    /** An admin sets a new password for someone; their sessions end so the old password's sessions stop too. */
    @Transactional
    public Account resetPassword(long id, String newPassword) {
        Account account = find(id);
        FormErrors errors = new FormErrors();
        passwordRule(newPassword, errors, account.username, account.displayName, account.email);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.passwordHash = passwords.hash(newPassword);
        sessions.closeAll(account);
        return account;
    }

    /** A person changes their own password, proving they know the current one; other sessions end. */
    @Transactional
    public Account changeOwnPassword(long id, String current, String newPassword, String confirmation,
            Long keepSessionId) {
        Account account = find(id);
        FormErrors errors = new FormErrors();
        if (current == null || !passwords.matches(current, account.passwordHash)) {
            errors.add("current", text().notCurrentPassword());
        }
        passwordRule(newPassword, errors, account.username, account.displayName, account.email);
        if (newPassword != null && !newPassword.equals(confirmation)) {
            errors.add("confirmation", text().passwordsDiffer());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.passwordHash = passwords.hash(newPassword);
        UserSession.update("revokedAt = ?1 where account = ?2 and revokedAt is null and id <> ?3", Instant.now(),
                account, keepSessionId == null ? -1L : keepSessionId);
        return account;
    }

    /**
     * A person chooses the language and time zone they read the pages in; blank follows the desk (and, for the
     * language, the browser first).
     */
    @Transactional
    public Account savePreferences(long id, String language, String timeZone, AccountMessages text) {
        Account account = find(id);
        FormErrors errors = new FormErrors();
        String languageTag = null;
        if (language != null && !language.isBlank()) {
            languageTag = Language.ofTag(language).map(Language::tag).orElse(null);
            if (languageTag == null) {
                errors.add("language", text.chooseLanguage());
            }
        }
        String zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            zone = TimeZones.choice(timeZone).map(Object::toString).orElse(null);
            if (zone == null) {
                errors.add("timeZone", text.chooseZone());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.language = languageTag;
        account.timeZone = zone;
        return account;
    }

    public Account find(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new MissingException(text().noSuchAccount());
        }
        return account;
    }

    private void checkProfile(String displayName, String email, FormErrors errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add("displayName", text().displayNameMissing());
        } else if (displayName.strip().length() > 120) {
            errors.add("displayName", text().tooLong(120));
        }
        if (email == null || email.isBlank()) {
            errors.add("email", text().emailMissing());
        } else if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", text().emailShape());
        }
    }

    private Set<String> checkRoles(Collection<String> keys, FormErrors errors) {
        Set<String> roles = new TreeSet<>();
        if (keys != null) {
            for (String key : keys) {
                if (key == null || key.isBlank()) {
                    continue;
                }
                Role.fromKey(key.strip().toLowerCase(java.util.Locale.ROOT)).ifPresentOrElse(r -> roles.add(r.key),
                        () -> errors.add("roles", text().unknownRole(key)));
            }
        }
        if (roles.isEmpty() && !errors.has("roles")) {
            errors.add("roles", text().chooseRole());
        }
        return roles;
    }

    private void passwordRule(String password, FormErrors errors, String... personalInputs) {
        policy.refusal(password, personalInputs).ifPresent(r -> errors.add("password",
                text().passwordRefused(r, PasswordPolicy.MIN_CHARS, PasswordPolicy.MAX_BYTES)));
    }

    /**
     * The refusals in the reader's language (the API's: its Accept-Language); in English outside a request (start-up,
     * seeding), where no one reads them but the log.
     */
    private AccountAdminMessages text() {
        return Arc.container().requestContext().isActive() ? localization.messages(AccountAdminMessages.class)
                : Localization.messages(AccountAdminMessages.class, Language.DEFAULT);
    }
}

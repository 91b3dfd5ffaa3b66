package org.factdesk.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the account administration pages, the role names, the account and password rules' refusals and the
 * notices of the admin's account actions, in English; {@code messages/accountAdmin_<tag>.properties} holds each other
 * language. Templates write {@code {accountAdmin:newAccount}}; {@code {role.label}} and {@code {a.roleLabels}} read
 * the role names through {@link AccountLabels}.
 */
@MessageBundle("accountAdmin")
public interface AccountAdminMessages {

    @Message("Accounts")
    String accounts();

    @Message("New account")
    String newAccount();

    @Message("{count} {#if count == 1}account{#else}accounts{/if}.")
    String accountCount(long count);

    @Message("Username")
    String username();

    @Message("Name")
    String name();

    @Message("Roles")
    String roles();

    @Message("Status")
    String status();

    @Message("Last sign-in")
    String lastSignIn();

    @Message("never")
    String never();

    @Message("Active")
    String active();

    @Message("Deactivated")
    String deactivated();

    @Message("Account {username}")
    String accountTitle(String username);

    @Message("Created on {date}.")
    String createdOn(String date);

    @Message("Profile and roles")
    String profileAndRoles();

    @Message("Save changes")
    String saveChanges();

    @Message("Reset password")
    String resetPassword();

    @Message("New password")
    String newPassword();

    @Message("Ends every session of this account.")
    String newPasswordHint();

    @Message("Access")
    String access();

    @Message("Deactivating signs {username} out everywhere at once; their work stays.")
    String deactivateExplained(String username);

    @Message("Deactivate")
    String deactivate();

    @Message("Reactivate")
    String reactivate();

    @Message("All accounts")
    String allAccounts();

    @Message("The account was not created: see the messages below.")
    String notCreated();

    @Message("Lower-case letters, digits, dots, dashes or underscores.")
    String usernameHint();

    @Message("Password")
    String password();

    @Message("At least 12 characters; not a common password.")
    String passwordHint();

    @Message("Create account")
    String createAccount();

    @Message("Cancel")
    String cancel();

    @Message("Display name")
    String displayName();

    @Message("Email")
    String email();

    @Message("{#when role}{#is EDITOR}Editor{#is REVIEWER}Reviewer{#is ADMIN}Admin{#is AUDITOR}Auditor{/when}")
    String role(Role role);

    @Message("Account {username} created.")
    String created(String username);

    @Message("Changes to {username} saved.")
    String saved(String username);

    @Message("{username} is deactivated and signed out everywhere.")
    String deactivatedNotice(String username);

    @Message("{username} is active again.")
    String reactivatedNotice(String username);

    @Message("New password set for {username}; their sessions have ended.")
    String passwordResetNotice(String username);

    @Message("Enter a username.")
    String usernameMissing();

    @Message("Use 2–32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.")
    String usernameShape();

    @Message("This username is taken.")
    String usernameTaken();

    @Message("This is the last active admin: give another account the Admin role first.")
    String lastAdminRole();

    @Message("This is the last active admin and cannot be deactivated.")
    String lastAdminActive();

    @Message("Enter the name people see.")
    String displayNameMissing();

    @Message("Use at most {max} characters.")
    String tooLong(int max);

    @Message("Enter an email address.")
    String emailMissing();

    @Message("Enter an email address such as name@example.org.")
    String emailShape();

    @Message("Unknown role “{key}”; use editor, reviewer, admin or auditor.")
    String unknownRole(String key);

    @Message("Choose at least one role.")
    String chooseRole();

    @Message("No such account.")
    String noSuchAccount();

    @Message("This is not your current password.")
    String notCurrentPassword();

    @Message("The two new passwords differ.")
    String passwordsDiffer();

    @Message("{#when refusal}{#is MISSING}Enter a password.{#is TOO_SHORT}Use at least {min} characters."
            + "{#is TOO_LONG}Use at most {max} bytes (about {max} letters without accents)."
            + "{#is TOO_COMMON}This password is one of the most common or too easy to guess; choose another."
            + "{#is CONTROL}Use letters, digits, spaces and punctuation only, no control characters.{/when}")
    String passwordRefused(PasswordPolicy.Refusal refusal, int min, int max);

    @Message("Send a JSON object with username, displayName, email, roles and password.")
    String apiBodyMissing();
}

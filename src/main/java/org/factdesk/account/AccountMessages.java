package org.factdesk.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sign-in page, the sign-in refusals and My account, in English;
 * {@code messages/account_<tag>.properties} holds each other language. Templates write {@code {account:signIn}}
 * (the namespace is the bundle's name, not the template's {@code account} parameter, which has no colon).
 */
@MessageBundle("account")
public interface AccountMessages {

    @Message("Sign in")
    String signIn();

    @Message("Sign in to FactDesk")
    String signInHeading();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("Demo accounts")
    String demoAccounts();

    @Message("This desk runs in demo mode. Sign in as:")
    String demoMode();

    @Message("Enter your username and password.")
    String enterBoth();

    @Message("Wrong username or password. Check both and try again.")
    String wrong();

    @Message("This account is deactivated. Ask an admin to reactivate it.")
    String inactive();

    @Message("Sign-in checks are busy just now; try again in a few seconds.")
    String busy();

    @Message("Too many failed sign-ins from your network address. Sign-in from here is paused for {wait}.")
    String addressPaused(String wait);

    @Message("Several sign-ins from your network address failed, so attempts from here are spaced out: try again in "
            + "{wait}.")
    String addressSlowed(String wait);

    @Message("Too many failed sign-ins from your network. Sign-in from it is paused for {wait}.")
    String networkPaused(String wait);

    @Message("Another sign-in from your network address is being checked; try again in {wait}.")
    String addressBusy(String wait);

    @Message("Sign-ins to this account are failing from many places, so attempts from browsers it has not signed in "
            + "from before are spaced out: try again in {wait}.")
    String accountSpaced(String wait);

    @Message("{count} {#if count == 1}second{#else}seconds{/if}")
    String seconds(long count);

    @Message("{count} {#if count == 1}minute{#else}minutes{/if}")
    String minutes(long count);

    @Message("You have signed out.")
    String signedOut();

    @Message("Your account")
    String yourAccount();

    @Message("Email")
    String email();

    @Message("Roles")
    String roles();

    @Message("Change password")
    String changePassword();

    @Message("Current password")
    String currentPassword();

    @Message("New password")
    String newPassword();

    @Message("At least 12 characters; not a common password.")
    String newPasswordHint();

    @Message("New password again")
    String newPasswordAgain();

    @Message("Your password is changed; your other sessions have ended.")
    String passwordChanged();

    @Message("Language and time zone")
    String preferences();

    @Message("Desk default: your browser's language when it asks for one of these, else the desk's language.")
    String languageHint();

    @Message("Times on the pages are shown in this zone.")
    String zoneHint();

    @Message("Save language and time zone")
    String savePreferences();

    @Message("Your language and time zone are saved.")
    String preferencesSaved();

    @Message("Choose one of the languages offered.")
    String chooseLanguage();

    @Message("Choose a time zone from the list.")
    String chooseZone();
}

package org.factdesk.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the settings pages (the organisation for now), in English; {@code messages/settings_<tag>.properties}
 * holds each other language. Templates write {@code {settings:save}}.
 */
@MessageBundle("settings")
public interface SettingsMessages {

    @Message("Organisation")
    String organisationTitle();

    @Message("These details name the publisher of the desk's fact checks: they are the author of every published "
            + "fact check in its ClaimReview markup (on the public fact-check pages and in the ClaimReview export), "
            + "which search engines and fact-check aggregators show beside the verdict.")
    String organisationIntro();

    @Message("Someone else changed these settings after you opened them, so your changes were not saved. Their values "
            + "are under Saved now; yours are still in the form. Save again if yours should win.")
    String conflict();

    @Message("Saved now")
    String savedNow();

    @Message("Yours (not saved)")
    String yours();

    @Message("Nothing was saved: see the messages below.")
    String nothingSaved();

    @Message("Name")
    String name();

    @Message("The organisation as readers should see it.")
    String nameHint();

    @Message("URL")
    String url();

    @Message("Its home page, starting with https:// or http://.")
    String urlHint();

    @Message("Logo URL")
    String logoUrl();

    @Message("An image of its logo, starting with https:// or http://.")
    String logoUrlHint();

    @Message("Language of the desk")
    String deskLanguage();

    @Message("For people who chose no language and whose browser asks for none of these, and for the public "
            + "fact-check pages.")
    String deskLanguageHint();

    @Message("Time zone of the desk")
    String deskZone();

    @Message("The desk's calendar (a claim due on 5 March is overdue from midnight here) and the times shown to "
            + "people who chose no zone.")
    String deskZoneHint();

    @Message("Save settings")
    String save();

    @Message("Organisation settings saved.")
    String saved();

    @Message("Enter the organisation's name as readers should see it.")
    String nameMissing();

    @Message("Use at most {max} characters.")
    String tooLong(int max);

    @Message("Choose one of the languages offered.")
    String chooseLanguage();

    @Message("Choose a time zone from the list.")
    String chooseZone();

    @Message("Someone else changed the organisation settings since you opened them.")
    String stale();
}

package org.factdesk.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed texts of the rating-scale admin pages and the notices of their actions, in English;
 * {@code messages/ratingAdmin_<tag>.properties} holds each other language. Templates write
 * {@code {ratingAdmin:addRating}}. The ratings' own labels are data, not messages.
 */
@MessageBundle("ratingAdmin")
public interface RatingAdminMessages {

    @Message("Rating scale")
    String scale();

    @Message("Add rating")
    String addRating();

    @Message("Reviewers choose from the active ratings, in this order. The key is what the API and exports use and "
            + "never changes. A rating that verdicts use can be retired, which keeps it on those verdicts, but not "
            + "deleted.")
    String intro();

    @Message("Label")
    String label();

    @Message("Key")
    String key();

    @Message("Value")
    String value();

    @Message("Colour")
    String colour();

    @Message("Order")
    String order();

    @Message("Status")
    String status();

    @Message("Actions")
    String actions();

    @Message("Active")
    String active();

    @Message("Retired")
    String retired();

    @Message("Edit")
    String edit();

    @Message("Retire")
    String retire();

    @Message("Restore")
    String restore();

    @Message("Delete")
    String delete();

    @Message("Delete the rating {label}? This cannot be undone.")
    String confirmDelete(String label);

    @Message("Rating {label}")
    String ratingTitle(String label);

    @Message("Someone else changed this rating after you opened it, so your changes were not saved. Their values are "
            + "under Saved now; yours are still in the form. Save again if yours should win.")
    String conflict();

    @Message("Saved now")
    String savedNow();

    @Message("Yours (not saved)")
    String yours();

    @Message("Nothing was saved: see the messages below.")
    String nothingSaved();

    @Message("The rating was not added: see the messages below.")
    String notAdded();

    @Message("{#if count == 0}No verdict uses this rating.{#else if count == 1}Used by 1 verdict, so it can be retired "
            + "but not deleted.{#else}Used by {count} verdicts, so it can be retired but not deleted.{/if}")
    String usage(long count);

    @Message("Fixed when the rating was added: the API and exports use it.")
    String keyFixed();

    @Message("Lower-case letters, digits and dashes, such as mostly-true. The API and exports use it, so it cannot "
            + "change later.")
    String keyHint();

    @Message("What reviewers and readers see, such as Mostly true.")
    String labelHint();

    @Message("A whole number from -100 to 100, higher is truer; leave empty for a rating off the scale such as "
            + "Misleading.")
    String valueHint();

    @Message("Shown as a swatch beside the label.")
    String colourHint();

    @Message("Lower numbers come first on the scale.")
    String orderHint();

    @Message("Save rating")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Rating {label} added.")
    String added(String label);

    @Message("Rating {label} saved.")
    String saved(String label);

    @Message("{label} is retired: it stays on existing verdicts but is no longer offered.")
    String retiredNotice(String label);

    @Message("{label} is back on the scale.")
    String restoredNotice(String label);

    @Message("Rating {label} deleted.")
    String deleted(String label);

    @Message("“{label}” is used by {count} {#if count == 1}verdict{#else}verdicts{/if} and cannot be deleted. Retire "
            + "it instead: it stays on those verdicts but cannot be chosen for new ones.")
    String inUse(String label, long count);

    @Message("Enter a key, such as mostly-true.")
    String keyMissing();

    @Message("Use up to 40 lower-case letters, digits and dashes, starting with a letter or digit.")
    String keyFormat();

    @Message("This key is taken by another rating (retired ones keep theirs).")
    String keyTaken();

    @Message("This key was just taken.")
    String keyJustTaken();

    @Message("Enter the label people see, such as Mostly true.")
    String labelMissing();

    @Message("Another rating already has this label.")
    String labelTaken();

    @Message("This label was just taken.")
    String labelJustTaken();

    @Message("Enter a whole number from {min} to {max}, or leave it empty for a rating off the scale such as "
            + "Misleading.")
    String valueRange(int min, int max);

    @Message("Enter a colour as # and six hex digits, such as #cf222e.")
    String colourFormat();

    @Message("Enter a whole number from 0 to {max}; lower numbers come first.")
    String orderRange(int max);

    @Message("Someone else changed this rating since you opened it.")
    String stale();
}

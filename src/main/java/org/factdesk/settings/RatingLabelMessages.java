package org.factdesk.settings;

import org.factdesk.web.Language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts about a rating's label in each language (the rating form's translation fields and their errors), in
 * English; {@code messages/ratinglabel_<tag>.properties} holds each other language. Kept apart from
 * {@link SettingsMessages} so that the rating pages' other texts and these change in different files.
 */
@MessageBundle("ratinglabel")
public interface RatingLabelMessages {

    @Message("Label in English")
    String english();

    @Message("{#when language}{#is SPANISH}Label in Spanish{#is FRENCH}Label in French"
            + "{#is PORTUGUESE_BRAZIL}Label in Brazilian Portuguese{#else}Label{/when}")
    String labelIn(Language language);

    @Message("Optional: readers of this language see the English label while it is empty.")
    String translationHint();

    @Message("Use at most {max} characters.")
    String tooLong(int max);

    @Message("Another rating already has this label in this language.")
    String taken();

    @Message("One of these labels was just given to another rating in the same language.")
    String justTaken();

    @Message("Labels in other languages")
    String translations();
}

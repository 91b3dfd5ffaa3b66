package org.factdesk.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the notifications page, in English; {@code messages/notify_<tag>.properties} holds each other language.
 */
@MessageBundle("notify")
public interface NotifyMessages {

    @Message("Notifications")
    String title();

    @Message("Mark all as read")
    String markAllRead();

    @Message("No notifications. You will be told here when a claim is assigned to you, when your verdict is returned, approved or corrected, and when a colleague mentions you in a comment.")
    String empty();

    @Message("New")
    String unread();

    // The notifications' sentences, made when they are read (issue 15). {statement} is the claim's statement as it
    // was, {due} the due date as the reader's locale words it (web.Formats.day).

    @Message("Someone")
    String someone();

    @Message("{who} assigned you claim {id}: “{statement}”{#if due}, due {due}{/if}.")
    String assigned(String who, long id, String statement, String due);

    @Message("{who} returned your verdict on claim {id}: “{statement}”.")
    String returned(String who, long id, String statement);

    @Message("{who} approved and published your verdict on claim {id}: “{statement}”.")
    String approved(String who, long id, String statement);

    @Message("{who} opened a correction on claim {id}: “{statement}”.")
    String correction(String who, long id, String statement);

    @Message("{who} mentioned you on claim {id}: “{statement}”.")
    String mentioned(String who, long id, String statement);

    @Message("{who} changed claim {id}: “{statement}”.")
    String changed(String who, long id, String statement);

    @Message("Note: {note}")
    String note(String note);

    @Message("Reason: {note}")
    String reason(String note);

    @Message("{#if marked == 0}Nothing was unread.{#else}All notifications marked as read.{/if}")
    String markedRead(int marked);
}

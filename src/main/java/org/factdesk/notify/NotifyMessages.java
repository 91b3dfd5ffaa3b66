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
}

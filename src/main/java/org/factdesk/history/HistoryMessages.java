package org.factdesk.history;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a claim's history page, in English; {@code messages/history_<tag>.properties} holds each other language.
 */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("History of claim {id}")
    String title(long id);

    @Message("Back to claim {id}")
    String back(long id);

    @Message("No changes to this claim have been recorded.")
    String empty();

    @Message("{total} {#if total == 1}change{#else}changes{/if}, newest first. In the differences, removed words are struck through and added words underlined.")
    String count(int total);
}

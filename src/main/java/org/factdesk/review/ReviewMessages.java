package org.factdesk.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The review workflow's words: the names of its steps ({@link Action}), in English;
 * {@code messages/review_<tag>.properties} holds each other language. Templates write {@code {action.label}}
 * ({@link ActionLabels}); the enum's keys stay as they are.
 */
@MessageBundle("review")
public interface ReviewMessages {

    @Message("{#when action}{#is ASSIGN}Assign{#is WRITE_VERDICT}Save draft{#is SUBMIT}Submit for approval"
            + "{#is APPROVE}Approve and publish{#is RETURN}Return to reviewer{#is DISMISS}Dismiss{#is REOPEN}Reopen"
            + "{#is CORRECT}Open a correction{/when}")
    String step(Action action);
}

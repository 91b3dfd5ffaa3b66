package org.factdesk.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The claim's own words: the workflow's status names, in English; {@code messages/claim_<tag>.properties} holds
 * each other language. Templates keep writing {@code {status.label}} ({@link ClaimLabels} answers it in the
 * reader's language); the enum's keys and its English {@code label} (exports, the API, the history) stay as they are.
 */
@MessageBundle("claim")
public interface ClaimMessages {

    @Message("{#when status}{#is NEW}New{#is ASSIGNED}Assigned{#is IN_REVIEW}In review{#is SUBMITTED}Submitted"
            + "{#is PUBLISHED}Published{#is DISMISSED}Dismissed{/when}")
    String status(ClaimStatus status);
}

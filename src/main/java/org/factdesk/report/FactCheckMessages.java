package org.factdesk.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public fact-check pages (list and page), in English; {@code messages/factcheck_<tag>.properties} holds each other language.
 */
@MessageBundle("factcheck")
public interface FactCheckMessages {

    @Message("Fact checks")
    String factChecks();

    @Message("Fact checks by")
    String factChecksBy();

    @Message("No fact checks are published yet.")
    String noneYet();

    @Message("published")
    String publishedLower();

    @Message("Fact check")
    String factCheck();

    @Message("Claimed by")
    String claimedBy();

    @Message("on")
    String on();

    @Message("where it appeared")
    String whereAppeared();

    @Message("Our verdict")
    String ourVerdict();

    @Message("Sources")
    String sources();

    @Message("Published")
    String published();

    @Message("reviewed by")
    String reviewedBy();

    @Message("approved by")
    String approvedBy();

    @Message("Corrections")
    String corrections();
}

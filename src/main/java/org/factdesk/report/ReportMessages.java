package org.factdesk.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the reports page, in English; {@code messages/report_<tag>.properties} holds each other language.
 */
@MessageBundle("report")
public interface ReportMessages {

    @Message("Reports")
    String title();

    @Message("Verdict reports")
    String heading();

    @Message("Article")
    String article();

    @Message("All articles")
    String allArticles();

    @Message("From")
    String from();

    @Message("Verdicts published on or after.")
    String fromHint();

    @Message("To")
    String to();

    @Message("Published on or before.")
    String toHint();

    @Message("Status")
    String status();

    @Message("Any status")
    String anyStatus();

    @Message("Rating")
    String rating();

    @Message("Any rating")
    String anyRating();

    @Message("(retired)")
    String retired();

    @Message("Filter")
    String filter();

    @Message("{total} claim{#if total != 1}s{/if} in this report.")
    String count(long total);

    @Message("Download")
    String download();

    @Message("(published claims only)")
    String publishedOnly();

    @Message("(up to 1,000 claims)")
    String upTo();

    @Message("Printable report")
    String printable();

    @Message("No claim matches this filter.")
    String noMatch();

    @Message("Preview")
    String preview();

    @Message("Statement")
    String statement();

    @Message("Claimant")
    String claimant();

    @Message("Summary")
    String summary();

    @Message("Published")
    String published();

    @Message("The filter has mistakes: see the messages by the fields.")
    String mistakes();
}

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

    // The printable report and the PDF, and the CSV export's header row (docs/USING.md, "Languages and time zones").

    @Message("Verdict report · {organisation}")
    String reportTitle(String organisation);

    @Message("{organisation}: verdict report")
    String reportHeading(String organisation);

    @Message("Generated {generated}. {total} claim{#if total != 1}s{/if}{#if truncated}; the first {shown} are shown, "
            + "narrow the filter or export CSV for all{/if}.")
    String reportGenerated(String generated, long total, boolean truncated, int shown);

    @Message("Filter: {#if article}article {article}{#else}all articles{/if}{#if from}, published from {from}{/if}"
            + "{#if to}, to {to}{/if}{#if status}, status {status}{/if}{#if rating}, rating {rating}{/if}.")
    String reportFilter(Long article, String from, String to, String status, String rating);

    @Message("Page")
    String reportPage();

    @Message("of")
    String reportPageOf();

    @Message("No rating yet")
    String reportNoRating();

    @Message("Sources")
    String reportSources();

    @Message("Reviewer")
    String reportReviewer();

    @Message("Approver")
    String reportApprover();

    @Message("published {date}")
    String reportPublishedOn(String date);

    @Message("Correction")
    String reportCorrection();

    @Message("Article title")
    String csvArticleTitle();

    @Message("Article URL")
    String csvArticleUrl();

    @Message("Quote")
    String csvQuote();

    @Message("Statement")
    String csvStatement();

    @Message("Claimant")
    String csvClaimant();

    @Message("Claim date")
    String csvClaimDate();

    @Message("Status")
    String csvStatus();

    @Message("Rating")
    String csvRating();

    @Message("Summary")
    String csvSummary();

    @Message("Sources")
    String csvSources();

    @Message("Reviewer")
    String csvReviewer();

    @Message("Approver")
    String csvApprover();

    @Message("Published on")
    String csvPublishedOn();

    @Message("Correction note")
    String csvCorrectionNote();

    @Message("Claim URL")
    String csvClaimUrl();

    @Message("Choose an article from the list.")
    String filterArticle();

    @Message("The end date is before the start date.")
    String filterDates();

    @Message("Choose a status from the list.")
    String filterStatus();

    @Message("Choose a rating from the list.")
    String filterRating();

    @Message("Choose format csv, json, claimreview or pdf.")
    String badFormat();
}

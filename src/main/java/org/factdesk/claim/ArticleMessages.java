package org.factdesk.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the article pages (list, page, import and edit form), in English;
 * {@code messages/article_<tag>.properties} holds each other language. Templates write {@code {article:importArticle}}.
 */
@MessageBundle("article")
public interface ArticleMessages {

    @Message("Articles")
    String articles();

    @Message("Import article")
    String importArticle();

    @Message("Outlet")
    String outlet();

    @Message("All outlets")
    String allOutlets();

    @Message("Search")
    String search();

    @Message("Words in the title or text")
    String searchHint();

    @Message("Filter")
    String filter();

    @Message("{total} article{#if total != 1}s{/if}.")
    String count(long total);

    @Message("No article matches this filter.")
    String noMatch();

    @Message("No articles yet.")
    String noneYet();

    @Message("Import the first one")
    String importFirst();

    @Message("Articles, newest first")
    String caption();

    @Message("Title")
    String fieldTitle();

    @Message("Published")
    String published();

    @Message("Claims by status")
    String claimsByStatus();

    @Message("none")
    String none();

    @Message("by")
    String by();

    @Message("published")
    String publishedOn();

    @Message("Source")
    String source();

    @Message("Edit details")
    String editDetails();

    @Message("Text")
    String text();

    @Message("Create claim from selection")
    String createFromSelection();

    @Message("Select words in the text to make them a claim.")
    String selectionHint();

    @Message("Similar to claim {id}")
    String similarTo(Long id);

    @Message("The desk already holds claims like the one you just made: check their verdicts before starting again.")
    String similarHint();

    @Message("Claims ({count})")
    String claimsCount(int count);

    @Message("No claims yet.")
    String noClaims();

    @Message("Pick one from the suggestions or select text.")
    String pickOne();

    @Message("Suggested claims")
    String suggested();

    @Message("Sentences ranked by how check-worthy they look{#if !all}; the top {shown} of {total}{/if}.")
    String ranked(boolean all, int shown, int total);

    @Message("This article is in {language}. The check-worthiness ranking is approximate: the model was trained on English, so only language-neutral cues (numbers, dates, quantities, comparisons, quotations, question marks) are used.")
    String approximate(String language);

    @Message("No sentences found.")
    String noSentences();

    @Message("Check-worthiness")
    String checkWorthiness();

    @Message("Already a claim.")
    String alreadyClaim();

    @Message("Make claim")
    String makeClaim();

    @Message("Show all {total} sentences")
    String showAll(int total);

    @Message("Edit")
    String edit();

    @Message("Edit article details")
    String editArticle();

    @Message("Saved values now")
    String savedNow();

    @Message("Author")
    String author();

    @Message("Source URL")
    String sourceUrl();

    @Message("Published on")
    String publishedOnLabel();

    @Message("Nothing was saved: see the messages below.")
    String nothingSaved();

    @Message("The text cannot change: claims are anchored in it. Details below stay editable.")
    String frozen();

    @Message("Language")
    String language();

    @Message("Save details")
    String saveDetails();

    @Message("Cancel")
    String cancel();

    @Message("See")
    String see();

    @Message("The article was not imported: see the messages below.")
    String notImported();

    @Message("Leave empty to take it from the HTML page or the first line.")
    String titleHint();

    @Message("A code such as en, es or pt-BR. Leave empty to have it detected from the text.")
    String languageHint();

    @Message("Format of the pasted text")
    String format();

    @Message("Detect (plain text or HTML)")
    String formatAuto();

    @Message("Plain text")
    String formatText();

    @Message("Paste the article, or upload a file below.")
    String textHint();

    @Message("Upload file")
    String uploadFile();

    @Message("A .txt, .md or .html file in UTF-8, at most {maxSize}. It replaces pasted text.")
    String fileHint(String maxSize);

    @Message("Import anyway, as a separate article")
    String importAnyway();

    // Notices and API details built in Java (issue 15); the import's field errors are article.ImportMessages.

    @Message("Article imported. Pick claims from the suggestions or select text.")
    String imported();

    @Message("Claim {id} created: “{statement}”")
    String claimCreated(long id, String statement);

    @Message("No claim was created: {reasons}")
    String claimNotCreated(String reasons);

    @Message("Article details saved.")
    String detailsSaved();

    @Message("Send a JSON object with at least title and text.")
    String apiNeedsTitleAndText();

    @Message("Send a JSON object with start and end.")
    String apiNeedsSpan();

    @Message("Send allowDuplicate: true to import it anyway.")
    String apiAllowDuplicate();

    // The ranking's reasons beside each suggested sentence (spotting.features.Cue names them in English).

    @Message("quantity")
    String reasonQuantity();

    @Message("percentage")
    String reasonPercentage();

    @Message("money")
    String reasonMoney();

    @Message("date")
    String reasonDate();

    @Message("comparison")
    String reasonComparison();

    @Message("superlative")
    String reasonSuperlative();

    @Message("named entity")
    String reasonNamedEntity();

    @Message("attribution")
    String reasonAttribution();

    @Message("quotation")
    String reasonQuotation();

    @Message("causal language")
    String reasonCausal();

    @Message("statistics")
    String reasonStatistics();

    @Message("promise")
    String reasonPromise();

    @Message("opinion")
    String reasonOpinion();

    @Message("hedged")
    String reasonHedged();

    @Message("question")
    String reasonQuestion();

    @Message("greeting")
    String reasonGreeting();

    @Message("procedural")
    String reasonProcedural();

    @Message("stage direction")
    String reasonStageDirection();

    @Message("very short")
    String reasonVeryShort();
}

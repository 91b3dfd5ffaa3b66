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

    @Message("{#when priority}{#is LOW}Low{#is NORMAL}Normal{#is HIGH}High{#is URGENT}Urgent{/when}")
    String priorityName(Priority priority);

    @Message("{#when sort}{#is RELEVANCE}Best match{#is UPDATED}Recently changed{#is DUE}Due date{#is PRIORITY}Priority"
            + "{#is SCORE}Check-worthiness{/when}")
    String sortName(ClaimQueries.SortBy sort);

    @Message("{#when state}{#is DRAFT}Draft{#is SUBMITTED}Submitted{#is PUBLISHED}Published{/when}")
    String verdictState(VerdictState state);

    @Message("Claims")
    String claims();

    @Message("Status")
    String statusLabel();

    @Message("Any status")
    String anyStatus();

    @Message("Assignee")
    String assignee();

    @Message("Anyone")
    String anyone();

    @Message("Me")
    String me();

    @Message("Not assigned")
    String notAssigned();

    @Message("Rating")
    String rating();

    @Message("Any rating")
    String anyRating();

    @Message("No rating yet")
    String noRatingYet();

    @Message("retired")
    String retired();

    @Message("Search")
    String search();

    @Message("Words, \"a phrase\", prefix*, -without")
    String searchPlaceholder();

    @Message("Statement, quote, claimant, article title and verdict summary.")
    String searchHint();

    @Message("Due after")
    String dueAfter();

    @Message("Due before")
    String dueBefore();

    @Message("Sort by")
    String sortBy();

    @Message("Filter")
    String filter();

    @Message("Clear filters")
    String clearFilters();

    @Message("{total} claim{#if total != 1}s{/if}.")
    String claimCount(long total);

    @Message("No claim matches this filter.")
    String noMatch();

    @Message("No claims yet. Claims are made from an article's text.")
    String noClaims();

    @Message("Nothing was assigned: see the messages below the list.")
    String bulkNothingAssigned();

    @Message("Select")
    String select();

    @Message("Statement")
    String statement();

    @Message("Due")
    String due();

    @Message("Priority")
    String priority();

    @Message("Score")
    String score();

    @Message("Article")
    String article();

    @Message("Overdue")
    String overdue();

    @Message("Assign the selected claims")
    String assignSelected();

    @Message("Reviewer")
    String reviewer();

    @Message("Choose a reviewer")
    String chooseReviewer();

    @Message("Due date")
    String dueDate();

    @Message("Assign")
    String assign();

    @Message("The claim as it will be checked: short, neutral, without the verdict.")
    String statementHint();

    @Message("Claimant")
    String claimant();

    @Message("Who made the claim.")
    String claimantHint();

    @Message("Claim date")
    String claimDate();

    @Message("Appearance URL")
    String appearanceUrl();

    @Message("Tags")
    String tags();

    @Message("Separated by commas.")
    String tagsHint();

    @Message("due {date}")
    String dueOn(String date);

    @Message("See all")
    String seeAll();

    @Message("No verdict yet")
    String noVerdictYet();

    @Message("in {title}")
    String inArticle(String title);

    @Message("No rating")
    String noRating();

    @Message("Pages")
    String pages();

    @Message("First")
    String first();

    @Message("Previous")
    String previous();

    @Message("Page {page} of {pages}")
    String pageOf(Object page, Object pages);

    @Message("Next")
    String next();

    @Message("Last")
    String last();

    @Message("first {shown}")
    String firstShown(Object shown);

    // Field errors of a claim's span and edit form (issue 15), in the reader's language where they are made.

    @Message("Give the start and end of the claim in the article text.")
    String spanMissing();

    @Message("The span {start}–{end} is outside the article text, which has {length} characters.")
    String spanOutside(int start, int end, int length);

    @Message("The span holds only white space; select the words of the claim.")
    String spanBlank();

    @Message("The span cuts a character in half.")
    String spanSplitsCharacter();

    @Message("A claim can quote at most {max} characters.")
    String spanTooLong(int max);

    @Message("The quoted text does not match the article at {start}–{end}; reload the page and select again.")
    String quoteMismatch(int start, int end);

    @Message("Write the claim as it will be checked.")
    String statementMissing();

    @Message("Use at most {max} characters.")
    String atMostChars(String max);

    @Message("Choose low, normal, high or urgent.")
    String choosePriority();

    @Message("Keep each tag under {max} characters.")
    String tagTooLong(int max);

    @Message("Use at most {max} tags.")
    String tooManyTags(int max);

    // What the claims list's filter and search ignored (issue 15); {field} is the filter's label.

    @Message("Unknown status “{typed}” ignored.")
    String unknownStatus(String typed);

    @Message("{field} “{typed}” is not a date (YYYY-MM-DD, from {first} to {last}) and was ignored.")
    String notADate(String field, String typed, int first, int last);

    @Message("{field} contains a NUL character (U+0000) and was ignored.")
    String hasNul(String field);

    @Message("Searches are limited to {max} characters; the rest was left out.")
    String searchTooLong(int max);

    @Message("Searches use at most {max} words; the rest were left out.")
    String searchTooManyWords(int max);

    @Message("Add a word to look for: a search cannot only leave words out.")
    String searchOnlyExclusions();

    @Message("“{text}” has no words specific enough to search for; add a more specific word.")
    String searchTooCommon(String text);

    @Message("Send the claim's current version with your changes.")
    String apiNeedsVersion();

    @Message("Its version is now {version}.")
    String versionNow(long version);

    @Message("This claim was changed by someone else since you opened it.")
    String changedMeanwhile();
}

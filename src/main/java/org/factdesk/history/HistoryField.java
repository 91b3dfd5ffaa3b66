package org.factdesk.history;

/** A field a history line names ("changed the priority from Normal to High"), worded by {@link HistoryMessages}. */
public enum HistoryField {
    CLAIMANT, CLAIM_DATE, APPEARANCE_URL, PRIORITY, REVIEWER, DUE_DATE, STATUS, RATING, SUMMARY, ANALYSIS,
    CORRECTION_NOTE, TITLE, PUBLISHER, EXCERPT
}

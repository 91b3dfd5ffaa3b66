package org.factdesk.spotting.features;

/**
 * The hand cues, each one feature {@code f:NAME}; those with a reason are shown to editors when their learned
 * weight pushes the score the way the reason says (up, or down for the negative ones).
 */
public enum Cue {
    QUANTITY("quantity", "quantity", false),
    BIG_NUMBER("big-number", "quantity", false),
    NUMBER_UNIT("number-unit", "quantity", false),
    DECIMAL("decimal", "quantity", false),
    PERCENTAGE("percentage", "percentage", false),
    MONEY("money", "money", false),
    YEAR("year", "date", false),
    DATE("date", "date", false),
    COMPARISON("comparison", "comparison", false),
    SUPERLATIVE("superlative", "superlative", false),
    ENTITY("named-entity", "named entity", false),
    ACRONYM("acronym", "named entity", false),
    TITLE("title", "named entity", false),
    ATTRIBUTION("attribution", "attribution", false),
    QUOTATION("quotation", "quotation", false),
    CAUSAL("causal", "causal language", false),
    STATISTIC("statistic", "statistics", false),
    CHANGE("change", "statistics", false),
    PROMISE("promise", "promise", false),
    OPINION("opinion", "opinion", true),
    HEDGE("hedge", "hedged", true),
    QUESTION("question", "question", true),
    GREETING("greeting", "greeting", true),
    PROCEDURAL("procedural", "procedural", true),
    STAGE("stage-direction", "stage direction", true),
    SHORT("short", "very short", true),
    LENGTH("length", null, false),
    FIRST_PERSON("first-person", null, false),
    FIRST_PLURAL("first-plural", null, false),
    SECOND_PERSON("second-person", null, false),
    THIRD_PERSON("third-person", null, false),
    THIRD_PERSON_DEED("third-person-deed", null, false),
    FUTURE("future", null, false),
    NEGATION("negation", null, false),
    PAST("past", null, false),
    PERFECT("perfect", null, false),
    CONTINUATION("continuation", null, false),
    INTERRUPTED("interrupted", null, false),
    EXCLAMATION("exclamation", null, false),
    INTENSIFIER("intensifier", null, false),
    FILLER("filler", null, false);

    private final String feature;
    private final String reason;
    private final boolean negative;

    Cue(String name, String reason, boolean negative) {
        this.feature = "f:" + name;
        this.reason = reason;
        this.negative = negative;
    }

    /** The feature name in the model file. */
    public String feature() {
        return feature;
    }

    /** What an editor reads, or null for a cue the model uses without showing it. */
    public String reason() {
        return reason;
    }

    /** Whether the cue argues against checking. */
    public boolean negative() {
        return negative;
    }
}

package org.factdesk.spotting.features;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which features a sentence is read for. The model was fitted on English: its words, word pairs, word classes and
 * most hand cues are English words, which text in another language does not contain (or contains by chance, with
 * another meaning). Such text is read for the {@link #NEUTRAL_CUES} alone, found from digits, signs and quotation
 * marks; every other feature stays zero, as if the sentence had none of those words.
 */
public enum CueSet {

    /** Every feature: English, the language the model was fitted on, and text of unknown language. */
    ALL,

    /** Only {@link #NEUTRAL_CUES}: numbers, quantities, dates, comparisons, quotations and question marks. */
    LANGUAGE_NEUTRAL;

    /**
     * Numbers and decimals, percent and currency signs, years, comparisons written with signs, quotation marks (an
     * attribution marked by quotes), and a closing question mark, since a question asks rather than claims; each is
     * read from characters, never from words.
     */
    public static final Set<Cue> NEUTRAL_CUES = Set.copyOf(EnumSet.of(Cue.QUANTITY, Cue.DECIMAL, Cue.PERCENTAGE,
            Cue.MONEY, Cue.YEAR, Cue.COMPARISON, Cue.QUOTATION, Cue.QUESTION));
}

package org.factdesk.spotting;

import java.util.List;

/** A sentence of an article body with its [start, end) offsets and how worth checking it is. */
public record SpottedSentence(int start, int end, String text, double score, List<String> reasons) {

    public SpottedSentence {
        reasons = List.copyOf(reasons);
    }
}

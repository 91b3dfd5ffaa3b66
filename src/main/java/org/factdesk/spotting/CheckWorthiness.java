package org.factdesk.spotting;

import java.util.List;

/** How worth checking a sentence is: a score in [0, 1] and the cues behind it, strongest first. */
public record CheckWorthiness(double score, List<String> reasons) {

    public CheckWorthiness {
        reasons = List.copyOf(reasons);
    }
}

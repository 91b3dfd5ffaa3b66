package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.factdesk.spotting.features.Cue;
import org.factdesk.spotting.model.CheckWorthinessModel;

/** Words why a sentence scored as it did: the cues that fired and pushed its score the way their reason says, strongest first. */
final class Reasons {

    /** Contributions smaller than this are noise and would clutter the list. */
    private static final double MIN_CONTRIBUTION = 0.05;

    private Reasons() {
    }

    /** {@code own} is the sentence's own dense features, cues first in {@link Cue} order. */
    static List<String> of(CheckWorthinessModel model, double[] own) {
        List<Cue> fired = new ArrayList<>();
        for (Cue cue : Cue.values()) {
            if (cue.reason() == null || own[cue.ordinal()] == 0) {
                continue;
            }
            double contribution = model.weight(cue.ordinal()) * own[cue.ordinal()];
            if (cue.negative() ? contribution < -MIN_CONTRIBUTION : contribution > MIN_CONTRIBUTION) {
                fired.add(cue);
            }
        }
        fired.sort(Comparator.comparingDouble((Cue c) -> -Math.abs(model.weight(c.ordinal()) * own[c.ordinal()])));
        Set<String> reasons = new LinkedHashSet<>();
        fired.forEach(c -> reasons.add(c.reason()));
        return new ArrayList<>(reasons);
    }
}

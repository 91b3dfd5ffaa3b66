package org.factdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select: what it sends, what it shows and whether it is the one chosen. Long selects (a desk's
 * reviewers, offered on every claims list and claim page) are given to templates this way because a comparison per
 * option in the template looks the chosen value up through every enclosing context each time, which cost the
 * claims list about a tenth of its time.
 */
public record Choice(String value, String label, boolean selected) {

    /** The options for {@code items}, the one whose value equals {@code chosen} (may be null) selected. */
    public static <T> List<Choice> of(List<T> items, Function<T, String> value, Function<T, String> label,
            String chosen) {
        List<Choice> choices = new ArrayList<>(items.size());
        for (T item : items) {
            String v = value.apply(item);
            choices.add(new Choice(v, label.apply(item), v.equals(chosen)));
        }
        return choices;
    }
}

package org.factdesk.spotting.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the words and word pairs of all debates once, so fitting works on ints; which ones a fit may use is the fit's own choice. */
final class TermDictionary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    synchronized int id(String term) {
        return ids.computeIfAbsent(term, t -> {
            names.add(t);
            return names.size() - 1;
        });
    }

    synchronized String name(int id) {
        return names.get(id);
    }

    synchronized int size() {
        return names.size();
    }
}

package org.factdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages for a form, keyed by field name, shown next to each field. */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first message per field: it is the one to fix first. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field, or an empty string (templates print it only when present). */
    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}

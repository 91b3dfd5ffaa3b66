package org.factdesk.web;

/**
 * Text from a request (a username, a path, a header) made safe to put in a log line: control characters, Unicode
 * line and paragraph separators and bidirectional overrides are written as {@code \n}, {@code \r}, {@code \t} or
 * {@code \}{@code uXXXX}, and a backslash as two, so one failed sign-in cannot forge a second log line or hide
 * part of its own.
 */
public final class LogText {

    private LogText() {
    }

    /** {@code value} with every unsafe character escaped; "null" for null, as string concatenation writes it. */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                    || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}

package org.factdesk.spotting;

/** One sentence as a half-open [start, end) range of UTF-16 indexes into the text it was split from. */
public record SentenceSpan(int start, int end) {

    public SentenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The sentence's text, cut from the same string that was split. */
    public String text(String source) {
        return source.substring(start, end);
    }
}

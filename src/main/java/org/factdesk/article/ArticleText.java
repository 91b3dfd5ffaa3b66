package org.factdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** The canonical form of an article body: stored bodies pass through {@link #normalise}; claim offsets index the result. */
public final class ArticleText {

    /** C0 controls other than tab and line feed, and DEL: never meaningful in article text, left by bad exports. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private static final Pattern TRAILING_SPACE = Pattern.compile("\\h+$", Pattern.MULTILINE);

    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\n{3,}");

    private ArticleText() {
    }

    /**
     * Returns the canonical body: NFC, {@code \n} line ends, no byte-order mark or control characters, no trailing
     * spaces, paragraphs separated by exactly one blank line, no blank lines at either end.
     * Idempotent, so normalising a stored body again never moves a claim's offsets.
     */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // U+FEFF is a byte-order mark at the start and a deprecated invisible character anywhere else.
        String s = text.replace("\uFEFF", "");
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n').replace('\u2028', '\n')
                .replace("\u2029", "\n\n");
        s = CONTROLS.matcher(s).replaceAll("");
        // NFC after the controls are gone: a removed control could have separated a base letter from its accent.
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        s = EXTRA_BLANK_LINES.matcher(s).replaceAll("\n\n");
        int from = 0;
        while (from < s.length() && s.charAt(from) == '\n') {
            from++;
        }
        int to = s.length();
        while (to > from && s.charAt(to - 1) == '\n') {
            to--;
        }
        return s.substring(from, to);
    }

    /** Decodes UTF-8 and refuses anything malformed, rather than importing replacement characters silently. */
    public static String decodeUtf8Strict(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The file is not valid UTF-8 text.", e);
        }
    }
}

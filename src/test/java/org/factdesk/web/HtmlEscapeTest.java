package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one HTML escaper for markup built in Java: exact output, at the edges of the runs it copies whole. */
class HtmlEscapeTest {

    @Test
    void escapesTheFiveCharactersAndNothingElse() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;", HtmlEscape.escape("&<>\"'"));
        assertEquals("plain text — naïve, 東京, 😀 / \\ ` =", HtmlEscape.escape("plain text — naïve, 東京, 😀 / \\ ` ="));
        assertEquals("", HtmlEscape.escape(""));
    }

    @Test
    void keepsTheTextAroundEachEscapeInPlace() {
        assertEquals("&lt;b&gt;", HtmlEscape.escape("<b>"));
        assertEquals("a &amp; b", HtmlEscape.escape("a & b"));
        assertEquals("x&quot;", HtmlEscape.escape("x\""));
        assertEquals("&#39;y", HtmlEscape.escape("'y"));
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
                HtmlEscape.escape("<script>alert('x')</script> \"><img src=x onerror=alert(1)>"));
    }

    @Test
    void appendsToWhatIsAlreadyThere() {
        StringBuilder out = new StringBuilder("<p>");
        assertSame(out, HtmlEscape.escape(out, "1 < 2"));
        assertEquals("<p>1 &lt; 2", out.toString());
    }

    @Test
    void agreesWithACharacterByCharacterEscape() {
        Random random = new Random(7);
        String alphabet = "ab &<>\"'é東😀";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            while (text.length() < length) {
                int at = random.nextInt(alphabet.length());
                // Keep a surrogate pair together.
                text.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                        : Character.isLowSurrogate(alphabet.charAt(at)) ? alphabet.substring(at - 1, at + 1)
                        : alphabet.substring(at, at + 1));
            }
            assertEquals(oneByOne(text.toString()), HtmlEscape.escape(text.toString()), text.toString());
        }
    }

    private static String oneByOne(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

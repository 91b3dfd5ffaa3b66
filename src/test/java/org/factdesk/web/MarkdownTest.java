package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    /** No element may carry an event handler, a style or a script URL, and no active element may survive. */
    private static void assertInert(String html) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(Set.of("script", "img", "iframe", "object", "embed", "svg", "style", "form", "input", "math")
                    .contains(e.normalName()), "no <" + e.normalName() + "> in " + html);
            e.attributes().forEach(a -> {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("src"),
                        "attribute " + name + " in " + html);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:")
                        || value.startsWith("vbscript:"), "value " + value + " in " + html);
            });
        }
    }

    @Test
    void scriptTagsAreEscapedAsText() {
        String html = Markdown.html("Hello <script>alert(1)</script> there");
        assertInert(html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void rawHtmlBlocksAndImagesWithHandlersComeOutAsText() {
        String html = Markdown.html("<img src=x onerror=alert(1)>\n\n<div onclick=\"steal()\">block</div>\n\n"
                + "inline <b onmouseover=alert(2)>bold</b> and <iframe src=//evil.example></iframe>");
        assertInert(html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(html.contains("&lt;div onclick=\"steal()\"&gt;"), html);
        assertTrue(html.contains("&lt;b onmouseover=alert(2)&gt;bold&lt;/b&gt;"), html);
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        for (String md : List.of("[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
                "[click](java&#x09;script:alert(1))", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<javascript:alert(1)>", "[click][ref]\n\n[ref]: javascript:alert(1)", "[click](vbscript:msgbox(1))")) {
            String html = Markdown.html(md);
            assertInert(html);
            assertFalse(html.contains("href"), md + " -> " + html);
        }
    }

    @Test
    void imagesBecomeLinksSoNothingRemoteLoads() {
        String html = Markdown.html("![chart](https://example.org/chart.png) and ![x](javascript:alert(1))");
        assertInert(html);
        assertTrue(html.contains("<a href=\"https://example.org/chart.png\" rel=\"nofollow noopener noreferrer\">chart</a>"),
                html);
    }

    @Test
    void attributeInjectionThroughALinkTitleOrUrlStaysInsideTheAttribute() {
        String html = Markdown.html("[a](https://example.org/\"onmouseover=\"alert(1) \"t\\\" onclick=alert(2)\")"
                + " and [b](<https://example.org/x\" onmouseover=\"alert(3)>)");
        assertInert(html);
        for (Element a : Jsoup.parseBodyFragment(html).select("a")) {
            assertEquals(Set.of("href", "rel"), Set.copyOf(a.attributes().asList().stream().map(x -> x.getKey()).toList()),
                    html);
        }
    }

    @Test
    void normalMarkdownRenders() {
        String html = Markdown.html("Some *emphasis*, **strong** and `code`.\n\n- one\n- two\n\n1. first\n2. second\n\n"
                + "> quoted\n\n```\nif (a < b) {}\n```\n\nSee [the report](https://example.org/report?a=1&b=2) or "
                + "<mailto:desk@example.org>.\nNext line.");
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("<strong>strong</strong>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<ul><li>one</li><li>two</li></ul>") || html.contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
                html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<pre><code>if (a &lt; b) {}\n</code></pre>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\">"
                + "the report</a>"), html);
        assertTrue(html.contains("href=\"mailto:desk@example.org\""), html);
        assertTrue(html.contains("<br>"), "a line break in a comment stays a line break: " + html);
    }

    @Test
    void headingsBecomeBoldParagraphsSoTheyCannotBreakThePageOutline() {
        String html = Markdown.html("# Big\n\n### Small");
        assertFalse(html.contains("<h"), html);
        assertTrue(html.contains("<p><strong>Big</strong></p>"), html);
    }

    @Test
    void mentionsAreWrappedButNotInsideCodeOrLinks() {
        String html = Markdown.html("Thanks @ana.lopez, ask @Bob_2. Mail ana@example.org; `@code` and "
                + "[@linked](https://example.org) and\n\n    @indented\n\nand **@bold**");
        assertTrue(html.contains("<strong class=\"mention\">@ana.lopez</strong>,"), html);
        assertTrue(html.contains("<strong class=\"mention\">@Bob_2</strong>."), html);
        assertTrue(html.contains("<strong><strong class=\"mention\">@bold</strong></strong>"), html);
        assertFalse(html.contains("@example.org</strong>"), html);
        assertTrue(html.contains("<code>@code</code>"), html);
        assertTrue(html.contains(">@linked</a>"), html);
        assertTrue(html.contains("<pre><code>@indented\n</code></pre>"), html);
    }

    @Test
    void mentionsSetIsLowerCaseAndSkipsCodeLinksAndEmail() {
        assertEquals(Set.of("ana.lopez", "bob_2", "bold"), Markdown.mentions("Thanks @ana.lopez, ask @Bob_2 and "
                + "@ANA.LOPEZ. Mail carl@example.org; `@code`, [@linked](https://example.org)\n\n```\n@fenced\n```\n\n"
                + "**@bold** @x"));
        assertEquals(Set.of(), Markdown.mentions(null));
        assertEquals(Set.of(), Markdown.mentions("no one here, just @ alone"));
    }

    @Test
    void renderGivesARawStringWithTheSameHtml() {
        assertEquals(Markdown.html("*hi*"), Markdown.render("*hi*").getValue());
    }
}

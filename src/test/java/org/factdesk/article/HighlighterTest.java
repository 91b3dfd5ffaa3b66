package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Claim highlighting: nesting stays valid however claims overlap, and the body text comes out intact and inert. */
class HighlighterTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)([^>]*)>");
    private static final Pattern CLAIM = Pattern.compile("data-claim=\"(\\d+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"/claims/(\\d+)\"");
    private static final Pattern RUN = Pattern.compile("data-s=\"(\\d+)\"");

    private static Highlighter.Span span(int start, int end, long id) {
        return new Highlighter.Span(start, end, id, "status-new", "Claim " + id);
    }

    /** Marks around each text run (outer first) and the claim linked from it, read back from the markup. */
    private record Run(int offset, String text, List<Long> marks, Long link) {
    }

    /** Parses the output strictly: fails on crossed or unclosed tags, nested links, or a mark around a paragraph. */
    private static List<Run> parse(String html) {
        Deque<String> tags = new ArrayDeque<>();
        Deque<Long> marks = new ArrayDeque<>();
        Long link = null;
        List<Run> runs = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int textFrom = 0;
        Integer runOffset = null;
        while (m.find()) {
            String between = html.substring(textFrom, m.start());
            if (!between.isEmpty()) {
                if (runOffset == null) {
                    fail("text outside a data-s run: " + between);
                }
                List<Long> outerFirst = new ArrayList<>();
                marks.descendingIterator().forEachRemaining(outerFirst::add);
                runs.add(new Run(runOffset, unescape(between), outerFirst, link));
            }
            textFrom = m.end();
            String name = m.group(2);
            if (name.equals("br")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                if (name.equals("p") && !marks.isEmpty()) {
                    fail("a paragraph opens inside a mark");
                }
                if (name.equals("a")) {
                    if (link != null) {
                        fail("nested links");
                    }
                    Matcher href = HREF.matcher(m.group(3));
                    assertTrue(href.find(), "claim link");
                    link = Long.parseLong(href.group(1));
                }
                if (name.equals("mark")) {
                    Matcher claim = CLAIM.matcher(m.group(3));
                    assertTrue(claim.find(), "mark names its claim");
                    marks.push(Long.parseLong(claim.group(1)));
                }
                if (name.equals("span")) {
                    Matcher run = RUN.matcher(m.group(3));
                    assertTrue(run.find(), "run carries its offset");
                    runOffset = Integer.parseInt(run.group(1));
                }
                tags.push(name);
            } else {
                if (tags.isEmpty() || !tags.peek().equals(name)) {
                    fail("</" + name + "> closes " + tags.peek() + " in " + html);
                }
                tags.pop();
                switch (name) {
                    case "a" -> link = null;
                    case "mark" -> marks.pop();
                    case "span" -> runOffset = null;
                    default -> { }
                }
            }
        }
        assertTrue(tags.isEmpty(), "unclosed tags " + tags);
        assertEquals("", html.substring(textFrom), "text after the last tag");
        return runs;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** The body text recovered from the output: tags stripped, paragraphs and line breaks back to line feeds. */
    private static String textOf(String html) {
        String s = html.replace("</p><p>", "\n\n").replace("<br>", "\n");
        return unescape(s.replaceAll("<[^>]*>", ""));
    }

    /** Claims covering each character of the body, as seen in the output. */
    private static Map<Integer, List<Long>> coverage(String body, List<Run> runs) {
        Map<Integer, List<Long>> byOffset = new LinkedHashMap<>();
        for (Run run : runs) {
            assertEquals(body.substring(run.offset(), run.offset() + run.text().length()), run.text(),
                    "run text matches the body at its offset");
            for (int i = 0; i < run.text().length(); i++) {
                byOffset.put(run.offset() + i, run.marks());
            }
        }
        return byOffset;
    }

    private static List<Long> linksOf(List<Run> runs) {
        List<Long> links = new ArrayList<>();
        Long previous = null;
        for (Run run : runs) {
            if (run.link() != null && !run.link().equals(previous)) {
                links.add(run.link());
            }
            previous = run.link();
        }
        return links;
    }

    private static void assertCoverage(String body, List<Highlighter.Span> spans, String html) {
        Map<Integer, List<Long>> seen = coverage(body, parse(html));
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                continue;
            }
            List<Long> expected = new ArrayList<>();
            for (Highlighter.Span s : spans) {
                if (s.start() <= i && i < s.end()) {
                    expected.add(s.id());
                }
            }
            List<Long> actual = seen.get(i);
            assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), "claims at " + i);
        }
    }

    @Test
    void plainTextBecomesParagraphsAndLineBreaks() {
        assertEquals("<p><span data-s=\"0\">One line</span><br><span data-s=\"9\">next line</span></p>"
                + "<p><span data-s=\"20\">Second paragraph.</span></p>",
                Highlighter.plain("One line\nnext line\n\nSecond paragraph."));
        assertEquals("", Highlighter.plain(""));
    }

    @Test
    void singleClaimIsMarkedAndLinked() {
        String html = Highlighter.render("The rate rose 4%.", List.of(new Highlighter.Span(4, 16, 12, "status-new",
                "Claim 12: rate rose")));
        assertEquals("<p><span data-s=\"0\">The </span><mark class=\"claim status-new\" data-claim=\"12\" "
                + "title=\"Claim 12: rate rose\"><a href=\"/claims/12\" class=\"claim-link\" aria-label=\"Claim 12: "
                + "rate rose 4%\"><span data-s=\"4\">rate rose 4%</span></a></mark><span data-s=\"16\">.</span></p>",
                html);
    }

    @Test
    void overlappingClaimsCloseAndReopenMarks() {
        String body = "abcdefghijklmnopqrstuvwxyz";
        List<Highlighter.Span> spans = List.of(span(0, 10, 1), span(5, 15, 2));
        String html = Highlighter.render(body, spans);
        List<Run> runs = parse(html);
        assertEquals(List.of(List.of(1L), List.of(1L, 2L), List.of(2L), List.of()),
                runs.stream().map(Run::marks).toList());
        assertCoverage(body, spans, html);
        assertEquals(List.of(1L, 2L), linksOf(runs));
        assertEquals(body, textOf(html));
    }

    @Test
    void nestedClaimSitsInsideTheOuterOne() {
        String body = "abcdefghijklmnopqrstuvwxyz";
        List<Highlighter.Span> spans = List.of(span(5, 10, 2), span(0, 20, 1));
        String html = Highlighter.render(body, spans);
        List<Run> runs = parse(html);
        assertEquals(List.of(List.of(1L), List.of(1L, 2L), List.of(1L), List.of()),
                runs.stream().map(Run::marks).toList());
        assertEquals(1, html.split("data-claim=\"1\"", -1).length - 1, "the outer mark stays open around the inner one");
        assertEquals(List.of(1L, 2L), linksOf(runs));
        assertEquals(body, textOf(html));
    }

    @Test
    void identicalClaimsEachGetOneLink() {
        String body = "Only this.";
        List<Highlighter.Span> spans = List.of(span(0, 4, 7), span(0, 4, 3));
        String html = Highlighter.render(body, spans);
        List<Run> runs = parse(html);
        assertEquals(List.of(3L, 7L), runs.get(0).marks(), "lower id outside");
        assertCoverage(body, spans, html);
        assertTrue(html.contains("<a href=\"/claims/3\" class=\"claim-link\" aria-label=\"Claim 3: Only\">"));
        assertTrue(html.contains("<a href=\"/claims/7\" class=\"claim-link\" aria-label=\"Claim 7\"></a>"));
        assertEquals(1, html.split("href=\"/claims/3\"", -1).length - 1);
        assertEquals(1, html.split("href=\"/claims/7\"", -1).length - 1);
        assertEquals(body, textOf(html));
    }

    @Test
    void identicalLongerClaimsLinkDifferentWords() {
        String body = "abcdefghijklmnopqrstuvwxyz";
        List<Highlighter.Span> spans = List.of(span(2, 12, 1), span(2, 12, 2), span(6, 8, 3));
        String html = Highlighter.render(body, spans);
        List<Run> runs = parse(html);
        assertEquals(3, runs.stream().filter(r -> r.link() != null).count(), "three claims, three linked runs");
        assertFalse(html.contains("\"></a>"), "no empty link needed");
        assertCoverage(body, spans, html);
    }

    @Test
    void adjacentClaimsDoNotNest() {
        String body = "first claim second claim";
        List<Highlighter.Span> spans = List.of(span(0, 11, 1), span(12, 24, 2));
        String html = Highlighter.render(body, spans);
        List<Run> runs = parse(html);
        assertEquals(List.of(List.of(1L), List.of(), List.of(2L)), runs.stream().map(Run::marks).toList());
        List<Highlighter.Span> touching = List.of(span(0, 5, 1), span(5, 11, 2));
        String html2 = Highlighter.render(body, touching);
        assertEquals(List.of(List.of(1L), List.of(2L), List.of()), parse(html2).stream().map(Run::marks).toList());
        assertTrue(html2.contains("</mark><mark"));
    }

    @Test
    void claimCrossingAParagraphBreakIsClosedAndReopened() {
        String body = "One sentence. Two\nlines.\n\nNew paragraph here.";
        List<Highlighter.Span> spans = List.of(span(4, 35, 1), span(14, 30, 2));
        String html = Highlighter.render(body, spans);
        assertTrue(html.contains("</mark></mark></p><p><mark class=\"claim status-new\" data-claim=\"1\""), html);
        assertTrue(html.contains("<br>"));
        assertCoverage(body, spans, html);
        assertEquals(List.of(1L, 2L), linksOf(parse(html)));
        assertEquals(body, textOf(html));
    }

    @Test
    void hostileTextComesOutInert() {
        String body = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> & done";
        List<Highlighter.Span> spans = List.of(new Highlighter.Span(0, 20, 1, "x\" onmouseover=\"alert(1)",
                "\"><script>alert(2)</script>"));
        String html = Highlighter.render(body, spans);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("\" onmouseover"));
        assertFalse(html.contains("'x'"));
        assertTrue(html.contains("class=\"claim x&quot; onmouseover=&quot;alert(1)\""));
        assertTrue(Highlighter.plain(body).contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; done"));
        parse(html);
        assertEquals(body, textOf(html));
    }

    @Test
    void outOfRangeAndEmptySpansAreIgnored() {
        String body = "Short body.";
        String html = Highlighter.render(body, Arrays.asList(span(-1, 3, 1), span(5, 99, 2), span(4, 4, 3),
                span(6, 2, 4), null));
        assertEquals(Highlighter.plain(body), html);
        assertEquals("", Highlighter.render(null, List.of(span(0, 1, 1))));
    }

    @Test
    void graphemesAreNeverSplit() {
        String body = "CJK 李伟 emoji 🙂 scientist 👩‍🔬 accent e\u0301 end";
        int smile = body.indexOf("🙂");
        int scientist = body.indexOf("👩‍🔬");
        int accent = body.indexOf("e\u0301");
        List<Highlighter.Span> spans = List.of(
                span(smile + 1, smile + 2, 1),
                span(scientist + 2, scientist + 3, 2),
                span(accent + 1, accent + 2, 3),
                span(4, 5, 4));
        String html = Highlighter.render(body, spans);
        List<Run> runs = parse(html);
        assertTrue(runs.stream().anyMatch(r -> r.text().equals("🙂") && r.marks().equals(List.of(1L))), html);
        assertTrue(runs.stream().anyMatch(r -> r.text().equals("👩‍🔬") && r.marks().equals(List.of(2L))), html);
        assertTrue(runs.stream().anyMatch(r -> r.text().equals("e\u0301") && r.marks().equals(List.of(3L))), html);
        assertTrue(runs.stream().anyMatch(r -> r.text().equals("李") && r.marks().equals(List.of(4L))), html);
        for (Run run : runs) {
            assertFalse(Character.isLowSurrogate(run.text().charAt(0)), "run starts inside a surrogate pair");
            assertFalse(Character.isHighSurrogate(run.text().charAt(run.text().length() - 1)), "run ends inside a pair");
            assertFalse(Character.getType(run.text().charAt(0)) == Character.NON_SPACING_MARK, "run starts with an accent");
        }
        assertEquals(body, textOf(html));
    }

    @Test
    void outputIsDeterministicWhateverTheSpanOrder() {
        String body = "abcdefghijklmnopqrstuvwxyz\n\nsecond paragraph";
        List<Highlighter.Span> spans = new ArrayList<>(List.of(span(0, 10, 1), span(5, 15, 2), span(5, 15, 3),
                span(2, 30, 4), span(12, 13, 5)));
        String first = Highlighter.render(body, spans);
        Collections.reverse(spans);
        assertEquals(first, Highlighter.render(body, spans));
        assertCoverage(body, spans, first);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), linksOf(parse(first)).stream().sorted().toList(),
                "every claim linked exactly once");
    }

    @Test
    void manyRandomSpansAlwaysNestProperlyAndKeepTheText() {
        Random random = new Random(42);
        String body = "Alpha beta gamma.\nDelta 🙂 epsilon.\n\nZeta e\u0301ta theta <iota> & \"kappa\".\n\nLambda 李伟 mu.";
        for (int round = 0; round < 300; round++) {
            List<Highlighter.Span> spans = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                int a = random.nextInt(body.length());
                int b = a + 1 + random.nextInt(body.length() - a);
                spans.add(span(a, b, i + 1));
            }
            String html = Highlighter.render(body, spans);
            List<Run> runs = parse(html);
            assertEquals(body, textOf(html));
            long distinctLinks = html.split("href=\"/claims/", -1).length - 1;
            assertEquals(count, distinctLinks, "one link per claim in " + html);
            for (Run run : runs) {
                assertEquals(body.substring(run.offset(), run.offset() + run.text().length()), run.text());
            }
        }
    }
}

package org.factdesk.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import io.quarkus.qute.RawString;

/**
 * Renders what people write (comments) as safe HTML, and finds the {@code @username} mentions in it.
 *
 * <p>Two layers, so a gap in one is caught by the other: CommonMark escapes any raw HTML and drops unsafe link
 * schemes, then jsoup keeps only a short list of tags and link schemes and forces {@code rel} on links.
 * Headings become bold paragraphs so a comment cannot break the page's heading outline, and images become links
 * so a comment cannot load (and track readers through) a remote picture. Mentions are found in the cleaned
 * document's text, outside code and links, so what is highlighted is exactly what notifies.
 */
public final class Markdown {

    /** A username after {@code @}, not inside an e-mail address; the same characters accounts may use. */
    static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9._-]{1,39})",
            Pattern.CASE_INSENSITIVE);

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>\n").build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Set<String> NO_MENTIONS_INSIDE = Set.of("code", "pre", "a");

    private Markdown() {
    }

    /** The Markdown as HTML that is safe to put in a page as it is. */
    public static RawString render(String markdown) {
        return new RawString(html(markdown));
    }

    /** The Markdown as a string of safe HTML. */
    public static String html(String markdown) {
        return document(markdown).body().html().strip();
    }

    /** The usernames mentioned, lower-case, in order of first mention; mentions in code or links do not count. */
    public static Set<String> mentions(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        for (Element mention : document(markdown).select("strong.mention")) {
            names.add(mention.text().substring(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static Document document(String markdown) {
        String unsafe = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document parsed = Jsoup.parseBodyFragment(unsafe);
        for (Element heading : parsed.body().select("h1, h2, h3, h4, h5, h6")) {
            Element strong = new Element("strong");
            strong.appendChildren(new ArrayList<>(heading.childNodes()));
            heading.tagName("p").appendChild(strong);
        }
        for (Element image : parsed.body().select("img")) {
            String alt = image.attr("alt");
            String src = image.attr("src");
            Element link = new Element("a").attr("href", src).text(alt.isBlank() ? src : alt);
            image.replaceWith(link);
        }
        Document clean = new Cleaner(SAFELIST).clean(parsed);
        clean.outputSettings().prettyPrint(false);
        markMentions(clean.body());
        return clean;
    }

    /** Wraps each mention in a text node in {@code <strong class="mention">}, skipping code, pre and links. */
    private static void markMentions(Element root) {
        List<TextNode> texts = new ArrayList<>();
        collectTexts(root, texts);
        for (TextNode text : texts) {
            String value = text.getWholeText();
            Matcher m = MENTION.matcher(value);
            List<Node> parts = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                String name = trimTrailingPunctuation(m.group(1));
                if (name.length() < 2) {
                    continue;
                }
                int end = m.start() + 1 + name.length();
                if (m.start() > last) {
                    parts.add(new TextNode(value.substring(last, m.start())));
                }
                parts.add(new Element("strong").addClass("mention").appendText("@" + name));
                last = end;
            }
            if (parts.isEmpty()) {
                continue;
            }
            if (last < value.length()) {
                parts.add(new TextNode(value.substring(last)));
            }
            for (Node part : parts) {
                text.before(part);
            }
            text.remove();
        }
    }

    private static void collectTexts(Element element, List<TextNode> into) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                into.add(text);
            } else if (child instanceof Element e && !NO_MENTIONS_INSIDE.contains(e.normalName())) {
                collectTexts(e, into);
            }
        }
    }

    /** "Thanks @ana." mentions ana: a username does not end in a dot or a dash. */
    private static String trimTrailingPunctuation(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == '-')) {
            end--;
        }
        return name.substring(0, end);
    }
}

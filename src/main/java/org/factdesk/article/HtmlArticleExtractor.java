package org.factdesk.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Pulls the readable article out of a web page: its paragraphs as normalised text, and the title, byline,
 * date and canonical URL that prefill the import form. Page furniture (scripts, navigation, ads, share
 * buttons, asides, footers) is dropped; figure captions are kept as paragraphs because they carry
 * checkable statements.
 */
public final class HtmlArticleExtractor {

    /** What an HTML page yields; every field but {@code text} may be null. */
    public record Extracted(String text, String title, String byline, LocalDate publishedOn, String sourceUrl) {
    }

    private static final String ALWAYS_DROPPED =
            "script, style, noscript, template, iframe, svg, form, button, nav, footer, aside, object, embed, "
                    + "select, textarea, input, dialog, [hidden], [aria-hidden=true], "
                    + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";

    /** Class or id words that mark furniture, matched as whole words of a name like "share-bar" or "adSlot". */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "promo", "promoted", "sponsor",
            "sponsored", "share", "sharing", "social", "related", "newsletter", "cookie", "cookies", "consent",
            "subscribe", "subscription", "breadcrumb", "breadcrumbs", "comment", "comments", "sidebar", "menu",
            "outbrain", "taboola");

    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure",
            "figcaption", "pre", "div", "section", "article", "main", "header", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "caption", "address", "details", "summary", "hr", "body");

    private static final Pattern NAME_WORDS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern INLINE_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\\.?,? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?i:by|written by|words by)\\s+");
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s+[—–|·]\\s+|\\s+-\\s+");
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);

    private HtmlArticleExtractor() {
    }

    /** Extracts the article from {@code html}; {@code baseUri} (may be null) resolves relative canonical links. */
    public static Extracted extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri);
        String sourceUrl = sourceUrl(doc);
        LocalDate published = firstDate(
                attr(doc, "meta[property=article:published_time]", "content"),
                attr(doc, "meta[itemprop=datePublished]", "content"),
                attr(doc, "time[datetime]", "datetime"),
                attr(doc, "meta[name=date]", "content"),
                attr(doc, "meta[name=dc.date]", "content"));
        String[] byline = byline(doc);
        if (published == null && byline[1] != null) {
            published = parseDate(byline[1]);
        }
        String ogTitle = clean(attr(doc, "meta[property=og:title]", "content"));
        String pageTitle = siteless(clean(doc.title()));

        Element root = root(doc);
        clean(root);
        Element h1 = root.selectFirst("h1");
        String headline = h1 == null ? null : clean(h1.text());
        String title = headline != null ? headline : ogTitle != null ? ogTitle : pageTitle;

        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        render(root, current, paragraphs, false);
        flush(current, paragraphs);
        String text = ArticleText.normalise(String.join("\n\n", paragraphs));
        return new Extracted(text, title, byline[0], published, sourceUrl);
    }

    /** The element holding the story: the longest clean {@code <article>}, else the main region, else the body. */
    private static Element root(Document doc) {
        Element best = null;
        Element bestAny = null;
        for (Element article : doc.select("article")) {
            if (insideFurniture(article.parent())) {
                continue;
            }
            if (bestAny == null || article.text().length() > bestAny.text().length()) {
                bestAny = article;
            }
            if (!isFurniture(article) && (best == null || article.text().length() > best.text().length())) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        if (bestAny != null) {
            return bestAny;
        }
        Element main = doc.selectFirst("[role=main], main");
        return main != null ? main : doc.body();
    }

    /** Removes furniture inside the story; a page-level header goes, but the headline it may hold stays. */
    private static void clean(Element root) {
        root.select(ALWAYS_DROPPED).forEach(e -> {
            if (e != root) {
                e.remove();
            }
        });
        for (Element e : root.getAllElements()) {
            if (e != root && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        boolean ownHeadline = root.tagName().equals("article");
        boolean headlineOutsideHeaders = root.select("h1").stream().anyMatch(h -> h.closest("header") == null);
        for (Element header : root.select("header")) {
            if (header.parent() == null || header.closest("article") != null && ownHeadline) {
                continue;
            }
            if (!headlineOutsideHeaders) {
                for (Element h : header.select("h1")) {
                    header.before(h);
                }
            }
            header.remove();
        }
    }

    private static boolean insideFurniture(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isFurniture(e) || e.is("nav, aside, footer, header, [role=navigation], [role=banner], "
                    + "[role=contentinfo], [role=complementary]")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("html")) {
            return false;
        }
        return hasFurnitureWord(e.className()) || hasFurnitureWord(e.id());
    }

    private static boolean hasFurnitureWord(String names) {
        if (names == null || names.isEmpty()) {
            return false;
        }
        for (String word : NAME_WORDS.split(names)) {
            if (!word.isEmpty() && FURNITURE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Writes text into paragraphs: a block element starts and ends one, {@code <br>} is a line feed. */
    private static void render(Node node, StringBuilder current, List<String> paragraphs, boolean pre) {
        if (node instanceof TextNode text) {
            current.append(pre ? text.getWholeText() : INLINE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            current.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush(current, paragraphs);
        }
        boolean inPre = pre || tag.equals("pre");
        for (Node child : element.childNodes()) {
            render(child, current, paragraphs, inPre);
        }
        if (block) {
            flush(current, paragraphs);
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String text = current.toString().replace('\u00A0', ' ');
        current.setLength(0);
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String tidy = line.replaceAll(" {2,}", " ").strip();
            if (!tidy.isEmpty()) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append(tidy);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(lines.toString());
        }
    }

    private static String sourceUrl(Document doc) {
        String[][] places = {{"link[rel=canonical][href]", "href"}, {"meta[property=og:url][content]", "content"}};
        for (String[] where : places) {
            Element e = doc.selectFirst(where[0]);
            if (e == null) {
                continue;
            }
            String url = e.absUrl(where[1]);
            if (url.isEmpty()) {
                url = e.attr(where[1]).strip();
            }
            if (url.startsWith("http://") || url.startsWith("https://")) {
                return url;
            }
        }
        return null;
    }

    /** The author's name, and any date that followed it in the same line ("By Sam Lee — 4 December 2025"). */
    private static String[] byline(Document doc) {
        String raw = clean(attr(doc, "meta[name=author]", "content"));
        if (raw == null) {
            for (String selector : List.of("[rel=author]", ".byline", "[itemprop=author]")) {
                Element e = doc.selectFirst(selector);
                if (e != null) {
                    String value = e.hasAttr("content") ? e.attr("content") : e.text();
                    raw = clean(value);
                    if (raw != null) {
                        break;
                    }
                }
            }
        }
        if (raw == null) {
            return new String[] {null, null};
        }
        String name = BYLINE_PREFIX.matcher(raw).replaceFirst("");
        String date = null;
        List<String> kept = new ArrayList<>();
        for (String part : BYLINE_PARTS.split(name)) {
            if (date == null && parseDate(part) != null) {
                date = part;
            } else {
                kept.add(part);
            }
        }
        String byline = String.join(" — ", kept).strip();
        return new String[] {byline.isEmpty() ? null : byline, date};
    }

    private static LocalDate firstDate(String... candidates) {
        for (String candidate : candidates) {
            LocalDate date = parseDate(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** Reads the date opening an ISO timestamp, or a written date such as "4 December 2025" or "Feb. 12, 2026". */
    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.lookingAt()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(s);
            if (dmy.find()) {
                Integer month = month(dmy.group(2));
                if (month != null) {
                    return LocalDate.of(Integer.parseInt(dmy.group(3)), month, Integer.parseInt(dmy.group(1)));
                }
            }
            Matcher mdy = MONTH_DAY_YEAR.matcher(s);
            if (mdy.find()) {
                Integer month = month(mdy.group(1));
                if (month != null) {
                    return LocalDate.of(Integer.parseInt(mdy.group(3)), month, Integer.parseInt(mdy.group(2)));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Integer month(String name) {
        // Java's English short month is "Sep"; newsrooms often write "Sept."
        String n = name.equalsIgnoreCase("sept") ? "Sep" : name;
        for (DateTimeFormatter f : List.of(MONTH, SHORT_MONTH)) {
            try {
                return f.parse(n).get(ChronoField.MONTH_OF_YEAR);
            } catch (DateTimeParseException e) {
                // Not this spelling; try the next.
            }
        }
        return null;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Elements found = doc.select(selector);
        for (Element e : found) {
            String value = e.attr(attribute).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = INLINE_SPACE.matcher(text).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    /** Drops a trailing " | Site name" from a page title; other separators are too often part of a headline. */
    private static String siteless(String title) {
        if (title == null) {
            return null;
        }
        int bar = title.lastIndexOf(" | ");
        return bar > 0 ? title.substring(0, bar).strip() : title;
    }
}

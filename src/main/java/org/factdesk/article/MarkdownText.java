package org.factdesk.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Turns a Markdown article into its plain text, so claims anchor in words rather than markup.
 *
 * <p>Headings, paragraphs, code blocks and tables become paragraphs separated by a blank line; the lines
 * of a paragraph are joined with a space (soft wraps are not line breaks), while list items and table rows
 * each keep a line of their own. Table cells are separated by a tab, which reads as a space on the page
 * and keeps columns apart when copied. Emphasis needs a non-letter on its outer side, so {@code snake_case}
 * and {@code 3 * 4} survive untouched, a deliberate narrowing of CommonMark's intraword {@code *emphasis*}.
 */
public final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern RULE =
            Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:[ \\t]*\\S+.*$");
    private static final Pattern TABLE_DELIMITER = Pattern.compile(
            "^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~])");
    private static final Pattern AUTOLINK = Pattern.compile(
            "<((?:https?|ftp|mailto):[^<>\\s]+|[^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s@]+)>");
    private static final Pattern BARE_URL = Pattern.compile("\\bhttps?://[^\\s<>\"]+");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern INLINE_LINK = Pattern.compile(
            "\\[([^\\]]+)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:[ \\t]+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?[ \\t]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[([^\\]]*)\\]");
    private static final Pattern SHORTCUT_LINK = Pattern.compile("\\[([^\\]]+)\\]");
    private static final Pattern STRONG_EMPHASIS = emphasis("\\*\\*\\*", '*');
    private static final Pattern STRONG_STAR = emphasis("\\*\\*", '*');
    private static final Pattern STRONG_UNDERSCORE = emphasis("__", '_');
    private static final Pattern EM_STAR = emphasis("\\*", '*');
    private static final Pattern EM_UNDERSCORE = emphasis("_", '_');
    private static final Pattern STRIKE = emphasis("~~", '~');
    private static final List<Pattern> EMPHASIS =
            List.of(STRONG_EMPHASIS, STRONG_STAR, STRONG_UNDERSCORE, EM_STAR, EM_UNDERSCORE, STRIKE);
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    /** First private-use character: code, escapes and URLs are parked behind these while inline markup is rewritten. */
    private static final char PARKED = '\uE000';

    private MarkdownText() {
    }

    /**
     * An opening marker with a non-space after it and no letter before it, closed by the same marker mirrored.
     * The content holds no marker character except one standing alone between spaces ("3 * 4"), so each
     * opening looks no further than the next marker and a paragraph of stray asterisks stays linear.
     */
    private static Pattern emphasis(String marker, char ch) {
        String c = "\\" + ch;
        String edge = "[^\\s" + c + "]";
        String content = edge + "(?:(?:[^" + c + "]|(?<=\\s)" + c + "+(?=\\s))*" + edge + ")?";
        return Pattern.compile("(?<![\\p{L}\\p{N}" + c + "])" + marker + "(" + content + ")" + marker
                + "(?![\\p{L}\\p{N}" + c + "])");
    }

    /** Plain text of the Markdown document. */
    public static String strip(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String source = COMMENT.matcher(markdown.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        String[] lines = source.split("\n", -1);
        Set<String> references = new HashSet<>();
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            } else if (!inFence) {
                Matcher ref = REFERENCE.matcher(line);
                if (ref.matches() && !ref.group(1).startsWith("^")) {
                    references.add(label(ref.group(1)));
                }
            }
        }
        return new Converter(lines, references).run();
    }

    private static String label(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Walks the lines once, collecting blocks; a block is a list of output lines joined by line feeds. */
    private static final class Converter {

        private final String[] lines;
        private final Set<String> references;
        private final List<String> blocks = new ArrayList<>();
        private final List<String> current = new ArrayList<>();
        private StringBuilder paragraph;
        private boolean currentIsList;

        Converter(String[] lines, Set<String> references) {
            this.lines = lines;
            this.references = references;
        }

        String run() {
            int i = 0;
            while (i < lines.length) {
                String line = lines[i];
                Matcher fence = FENCE.matcher(line);
                if (fence.matches()) {
                    i = codeBlock(i, fence.group(1));
                    continue;
                }
                String text = line;
                Matcher quote = QUOTE.matcher(text);
                while (quote.lookingAt()) {
                    text = text.substring(quote.end());
                    quote = QUOTE.matcher(text);
                }
                if (text.isBlank()) {
                    endBlock();
                    i++;
                    continue;
                }
                if (paragraph != null && !currentIsList && SETEXT.matcher(text).matches()) {
                    // A line of = or - under paragraph text makes that text a heading.
                    String heading = paragraph.toString();
                    paragraph = null;
                    endBlock();
                    blocks.add(inline(heading));
                    i++;
                    continue;
                }
                Matcher atx = ATX.matcher(text);
                if (atx.matches()) {
                    endBlock();
                    String heading = atx.group(1) == null ? "" : inline(atx.group(1));
                    if (!heading.isBlank()) {
                        blocks.add(heading);
                    }
                    i++;
                    continue;
                }
                if (RULE.matcher(text).matches()) {
                    endBlock();
                    i++;
                    continue;
                }
                Matcher reference = REFERENCE.matcher(text);
                if (reference.matches() && !reference.group(1).startsWith("^")) {
                    i++;
                    continue;
                }
                if (text.contains("|") && i + 1 < lines.length && lines[i + 1].contains("|")
                        && TABLE_DELIMITER.matcher(lines[i + 1]).matches()) {
                    i = table(i);
                    continue;
                }
                Matcher item = LIST_ITEM.matcher(text);
                if (item.matches()) {
                    if (!currentIsList) {
                        endBlock();
                    }
                    flushParagraph();
                    currentIsList = true;
                    paragraph = new StringBuilder(item.group(1).stripLeading());
                    i++;
                    continue;
                }
                if (paragraph == null) {
                    if (currentIsList) {
                        endBlock();
                    }
                    paragraph = new StringBuilder();
                } else {
                    paragraph.append(hardBreak(paragraph) ? "\n" : " ");
                }
                trimHardBreak(paragraph);
                // Trailing spaces stay until the next line is read: two of them mean a hard line break.
                paragraph.append(text.stripLeading());
                i++;
            }
            endBlock();
            return String.join("\n\n", blocks);
        }

        private int codeBlock(int open, String marker) {
            endBlock();
            List<String> code = new ArrayList<>();
            int i = open + 1;
            while (i < lines.length) {
                String line = lines[i];
                Matcher fence = FENCE.matcher(line);
                if (fence.matches() && fence.group(1).charAt(0) == marker.charAt(0)
                        && fence.group(1).length() >= marker.length() && fence.group(2).isBlank()) {
                    i++;
                    break;
                }
                code.add(line);
                i++;
            }
            while (!code.isEmpty() && code.get(0).isBlank()) {
                code.remove(0);
            }
            while (!code.isEmpty() && code.get(code.size() - 1).isBlank()) {
                code.remove(code.size() - 1);
            }
            if (!code.isEmpty()) {
                blocks.add(String.join("\n", code));
            }
            return i;
        }

        private int table(int header) {
            endBlock();
            List<String> rows = new ArrayList<>();
            rows.add(row(lines[header]));
            int i = header + 2;
            while (i < lines.length && !lines[i].isBlank() && lines[i].contains("|")) {
                rows.add(row(lines[i]));
                i++;
            }
            rows.removeIf(String::isBlank);
            if (!rows.isEmpty()) {
                blocks.add(String.join("\n", rows));
            }
            return i;
        }

        private String row(String line) {
            String s = line.strip();
            if (s.startsWith("|")) {
                s = s.substring(1);
            }
            if (s.endsWith("|") && !s.endsWith("\\|")) {
                s = s.substring(0, s.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : s.split("(?<!\\\\)\\|", -1)) {
                cells.add(inline(cell.strip()));
            }
            return String.join("\t", cells).strip();
        }

        private static boolean hardBreak(StringBuilder text) {
            int n = text.length();
            return (n >= 1 && text.charAt(n - 1) == '\\' && (n < 2 || text.charAt(n - 2) != '\\'))
                    || (n >= 2 && text.charAt(n - 1) == ' ' && text.charAt(n - 2) == ' ');
        }

        private static void trimHardBreak(StringBuilder text) {
            int n = text.length();
            if (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\\') {
                text.deleteCharAt(n - 2);
            }
            while (text.length() >= 2 && text.charAt(text.length() - 1) == '\n'
                    && text.charAt(text.length() - 2) == ' ') {
                text.deleteCharAt(text.length() - 2);
            }
        }

        private void flushParagraph() {
            if (paragraph != null) {
                String text = inline(paragraph.toString().strip());
                if (!text.isBlank()) {
                    current.add(text);
                }
                paragraph = null;
            }
        }

        private void endBlock() {
            flushParagraph();
            if (!current.isEmpty()) {
                blocks.add(String.join("\n", current));
                current.clear();
            }
            currentIsList = false;
        }

        /** Strips inline markup from one paragraph, keeping the words, the link texts and the code verbatim. */
        private String inline(String text) {
            List<String> parked = new ArrayList<>();
            String s = park(CODE_SPAN, text, parked, m -> codeContent(m.group(2)));
            s = park(ESCAPE, s, parked, m -> m.group(1));
            s = park(AUTOLINK, s, parked, m -> m.group(1));
            if (TAG.matcher(s).find()) {
                s = Jsoup.parseBodyFragment(s.replace("\n", "<br>")).body().wholeText();
            } else if (s.indexOf('&') >= 0) {
                s = Parser.unescapeEntities(s, false);
            }
            s = IMAGE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = INLINE_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = REFERENCE_LINK.matcher(s).replaceAll(m -> {
                String key = label(m.group(2).isEmpty() ? m.group(1) : m.group(2));
                return Matcher.quoteReplacement(references.contains(key) ? m.group(1) : m.group());
            });
            s = SHORTCUT_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    references.contains(label(m.group(1))) ? m.group(1) : m.group()));
            s = park(BARE_URL, s, parked, m -> m.group());
            String before;
            do {
                before = s;
                for (Pattern p : EMPHASIS) {
                    s = p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
                }
            } while (!s.equals(before));
            s = unpark(s, parked);
            return SPACES.matcher(s).replaceAll(" ").strip();
        }

        private static String codeContent(String code) {
            return code.length() > 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()
                    ? code.substring(1, code.length() - 1) : code;
        }

        private static String park(Pattern pattern, String text, List<String> parked,
                Function<Matcher, String> value) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                parked.add(value.apply(m));
                m.appendReplacement(out, "");
                out.append(PARKED).append((char) (PARKED + parked.size())).append(PARKED);
            }
            m.appendTail(out);
            return out.toString();
        }

        private static String unpark(String text, List<String> parked) {
            String s = text;
            // Parked text can itself contain parked references (an escape inside a URL), so unwind newest first.
            for (int i = parked.size() - 1; i >= 0; i--) {
                s = s.replace(new String(new char[] {PARKED, (char) (PARKED + i + 1), PARKED}), parked.get(i));
            }
            return s;
        }
    }
}

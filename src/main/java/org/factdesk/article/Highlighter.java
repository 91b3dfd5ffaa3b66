package org.factdesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.factdesk.web.HtmlEscape;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Renders an article body as safe HTML with its claims highlighted, however the claims overlap.
 *
 * <p>The body is cut at every claim boundary and every line break into text runs. Each run is written as
 * {@code <span data-s="offset">text</span>}, where {@code offset} is the run's UTF-16 offset in the body,
 * so the selection script maps a DOM position back to a body offset exactly. A run covered by claims sits
 * inside one {@code <mark class="claim …" data-claim="id">} per claim, outermost first (earlier start,
 * then longer, then lower id); when the covering set changes, marks are closed down to the common prefix
 * and reopened, so tags never cross, also around {@code </p><p>}. A blank line becomes a paragraph break,
 * a single line feed a {@code <br>}.
 *
 * <p>Links: each claim gets exactly one link, so a keyboard user reaches every claim once. The link
 * wraps the text of one run of that claim (its first run not already linked, shorter claims choosing
 * first), innermost inside the marks, so links never nest. Its accessible name is "Claim {id}: " followed
 * by the linked words, so the name both identifies the claim and contains the visible text. When every
 * run of a claim already carries another claim's link (identical spans), the claim gets an empty link
 * at its start whose name is "Claim {id}". The claim's title is the marks' tooltip.
 *
 * <p>Claim offsets are widened to grapheme-cluster boundaries, so an emoji, a surrogate pair or a letter
 * with a combining accent is never split between two elements.
 */
public final class Highlighter {

    /** One claim to highlight: body offsets {@code [start, end)}, the claim id, a CSS class and a tooltip. */
    public record Span(int start, int end, long id, String cssClass, String title) {
    }

    /** Outer marks first: earlier start, then longer, then lower id; the rest only makes the order total. */
    private static final Comparator<Span> NESTING = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingLong(Span::id)
            .thenComparing(s -> s.cssClass() == null ? "" : s.cssClass())
            .thenComparing(s -> s.title() == null ? "" : s.title());

    private Highlighter() {
    }

    /** The body as paragraphs with no highlights. */
    public static String plain(String body) {
        return render(body, List.of());
    }

    /** The body as paragraphs with every valid span highlighted and linked; invalid or empty spans are ignored. */
    public static String render(String body, List<Span> spans) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        List<Span> valid = snapped(body, spans);
        List<int[]> runs = runs(body, valid);
        // The spans covering each run, outermost first, in one sweep: runs are cut at every span's ends, so a span
        // covers a run exactly when it starts at or before the run and ends after the run's start.
        List<List<Span>> covering = new ArrayList<>(runs.size());
        List<Span> active = new ArrayList<>();
        int entering = 0;
        for (int[] run : runs) {
            while (entering < valid.size() && valid.get(entering).start() <= run[0]) {
                active.add(valid.get(entering++));
            }
            active.removeIf(s -> s.end() <= run[0]);
            covering.add(List.copyOf(active));
        }
        Span[] linkOf = new Span[runs.size()];
        List<List<Span>> emptyLinksAt = new ArrayList<>(runs.size() + 1);
        for (int i = 0; i <= runs.size(); i++) {
            emptyLinksAt.add(new ArrayList<>());
        }
        assignLinks(valid, runs, linkOf, emptyLinksAt);

        StringBuilder out = new StringBuilder(body.length() * 2 + 64);
        List<Span> open = new ArrayList<>();
        out.append("<p>");
        int pos = 0;
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            int breaks = 0;
            while (pos < run[0]) {
                breaks++;
                pos++;
            }
            if (breaks == 1) {
                out.append("<br>");
            } else if (breaks > 1) {
                closeTo(out, open, 0);
                out.append("</p><p>");
            }
            List<Span> want = covering.get(r);
            int common = 0;
            while (common < open.size() && common < want.size() && open.get(common) == want.get(common)) {
                common++;
            }
            closeTo(out, open, common);
            for (int i = common; i < want.size(); i++) {
                Span s = want.get(i);
                out.append("<mark class=\"claim");
                if (s.cssClass() != null && !s.cssClass().isBlank()) {
                    out.append(' ');
                    HtmlEscape.escape(out, s.cssClass().strip());
                }
                out.append("\" data-claim=\"").append(s.id()).append('"');
                if (s.title() != null && !s.title().isBlank()) {
                    out.append(" title=\"");
                    HtmlEscape.escape(out, s.title());
                    out.append('"');
                }
                out.append('>');
                open.add(s);
            }
            for (Span s : emptyLinksAt.get(r)) {
                out.append("<a href=\"/claims/").append(s.id()).append("\" class=\"claim-link\" aria-label=\"Claim ")
                        .append(s.id()).append("\"></a>");
            }
            String text = body.substring(run[0], run[1]);
            Span link = linkOf[r];
            if (link != null) {
                out.append("<a href=\"/claims/").append(link.id()).append("\" class=\"claim-link\" aria-label=\"Claim ")
                        .append(link.id()).append(": ");
                HtmlEscape.escape(out, text.strip());
                out.append("\">");
            }
            out.append("<span data-s=\"").append(run[0]).append("\">");
            HtmlEscape.escape(out, text);
            out.append("</span>");
            if (link != null) {
                out.append("</a>");
            }
            pos = run[1];
        }
        closeTo(out, open, 0);
        for (Span s : emptyLinksAt.get(runs.size())) {
            out.append("<a href=\"/claims/").append(s.id()).append("\" class=\"claim-link\" aria-label=\"Claim ")
                    .append(s.id()).append("\"></a>");
        }
        out.append("</p>");
        return out.toString();
    }

    /** Drops unusable spans, widens the rest to whole grapheme clusters and sorts them outermost first. */
    private static List<Span> snapped(String body, List<Span> spans) {
        List<Span> result = new ArrayList<>();
        if (spans == null || spans.isEmpty()) {
            return result;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(body);
        for (Span s : spans) {
            if (s == null || s.start() < 0 || s.end() > body.length() || s.start() >= s.end()) {
                continue;
            }
            int start = graphemes.isBoundary(s.start()) ? s.start() : graphemes.preceding(s.start());
            int end = graphemes.isBoundary(s.end()) ? s.end() : graphemes.following(s.end());
            boolean whole = start == s.start() && end == s.end();
            result.add(whole ? s : new Span(start, end, s.id(), s.cssClass(), s.title()));
        }
        result.sort(NESTING);
        return result;
    }

    /** Cuts the body into maximal runs without line feeds whose covering set of spans is constant. */
    private static List<int[]> runs(String body, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            if (body.charAt(i) == '\n') {
                i++;
                continue;
            }
            int lineEnd = body.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            Integer cut = cuts.higher(i);
            int end = cut == null || cut > lineEnd ? lineEnd : cut;
            runs.add(new int[] {i, end});
            i = end;
        }
        return runs;
    }

    /** Gives each span one run to link, at most one link per run; spans left over get an empty link. */
    private static void assignLinks(List<Span> spans, List<int[]> runs, Span[] linkOf,
            List<List<Span>> emptyLinksAt) {
        List<Span> byLength = new ArrayList<>(spans);
        // Shorter spans have fewer runs to choose from, so they choose first.
        byLength.sort(Comparator.comparingInt((Span s) -> s.end() - s.start()).thenComparing(NESTING));
        for (Span s : byLength) {
            // The runs a span covers are those starting inside it (runs are cut at its ends).
            int first = firstRunFrom(runs, s.start());
            int chosen = -1;
            for (int r = first; r < runs.size() && runs.get(r)[0] < s.end(); r++) {
                if (linkOf[r] == null) {
                    chosen = r;
                    break;
                }
            }
            if (chosen >= 0) {
                linkOf[chosen] = s;
            } else {
                emptyLinksAt.get(first).add(s);
            }
        }
        for (List<Span> list : emptyLinksAt) {
            list.sort(NESTING);
        }
    }

    /** The index of the first run starting at or after {@code offset} ({@code runs.size()} if none). */
    private static int firstRunFrom(List<int[]> runs, int offset) {
        int low = 0;
        int high = runs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (runs.get(mid)[0] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void closeTo(StringBuilder out, List<Span> open, int keep) {
        while (open.size() > keep) {
            out.append("</mark>");
            open.remove(open.size() - 1);
        }
    }
}

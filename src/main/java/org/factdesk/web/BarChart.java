package org.factdesk.web;

import java.util.List;

import io.quarkus.qute.RawString;

/**
 * A small bar chart drawn as SVG on the server: no script, so it renders under the Content-Security-Policy and in
 * print. Labels and values come from code, never from people, but are escaped all the same.
 */
public final class BarChart {

    /**
     * One bar: the short label drawn under it, its value, and how it reads in the text alternative and its tooltip
     * (the caller words it in the reader's language, such as "week of 4 March 2026: 3 verdicts").
     */
    public record Bar(String label, long value, String text) {
        /** A bar that reads as "label: value". */
        public Bar(String label, long value) {
            this(label, value, label + ": " + value);
        }
    }

    private static final int BAR = 28;
    private static final int GAP = 8;
    private static final int HEIGHT = 120;
    private static final int TOP = 16;
    private static final int AXIS = 20;

    private BarChart() {
    }

    /**
     * The chart with {@code title} as its accessible name and every bar's text as its description (the text
     * alternative); each bar also has its text as a tooltip and its value drawn above it. With more than six bars only every
     * other label is drawn (the last always), so labels never run into each other.
     */
    public static RawString svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int width = bars.size() * (BAR + GAP) + GAP;
        int labelEvery = bars.size() > 6 ? 2 : 1;
        StringBuilder description = new StringBuilder();
        for (Bar bar : bars) {
            description.append(description.isEmpty() ? "" : "; ").append(bar.text());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(TOP + HEIGHT + AXIS)
                .append("\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\">")
                .append("<title id=\"chart-title\">").append(HtmlEscape.escape(title)).append("</title>")
                .append("<desc id=\"chart-desc\">").append(HtmlEscape.escape(description.toString()))
                .append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int h = (int) Math.round((double) bar.value() * HEIGHT / max);
            int x = GAP + i * (BAR + GAP);
            int y = TOP + HEIGHT - h;
            sb.append("<g><title>").append(HtmlEscape.escape(bar.text())).append("</title>")
                    .append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                    .append(BAR).append("\" height=\"").append(Math.max(h, 1)).append("\"/>");
            if (bar.value() > 0) {
                sb.append("<text class=\"bar-value\" x=\"").append(x + BAR / 2).append("\" y=\"").append(y - 3)
                        .append("\" text-anchor=\"middle\">").append(bar.value()).append("</text>");
            }
            if ((bars.size() - 1 - i) % labelEvery == 0) {
                sb.append("<text class=\"bar-label\" x=\"").append(x + BAR / 2).append("\" y=\"")
                        .append(TOP + HEIGHT + 14).append("\" text-anchor=\"middle\">")
                        .append(HtmlEscape.escape(bar.label()))
                        .append("</text>");
            }
            sb.append("</g>");
        }
        return new RawString(sb.append("</svg>").toString());
    }
}

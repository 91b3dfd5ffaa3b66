package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BarChartTest {

    private static List<String> labels(String svg) {
        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile("<text class=\"bar-label\"[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    private static List<BarChart.Bar> weeks(int n) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bars.add(new BarChart.Bar("w" + i, i));
        }
        return bars;
    }

    @Test
    void twelveWeeksDrawEveryOtherLabelEndingWithTheLatest() {
        String svg = BarChart.svg("Published per week", weeks(12)).getValue();
        assertEquals(List.of("w1", "w3", "w5", "w7", "w9", "w11"), labels(svg));
    }

    @Test
    void fewBarsDrawEveryLabel() {
        assertEquals(List.of("w0", "w1", "w2"), labels(BarChart.svg("t", weeks(3)).getValue()));
    }

    @Test
    void everyBarIsInTheTextAlternativeEscaped() {
        String svg = BarChart.svg("Published <per> week", List.of(new BarChart.Bar("a&b", 2), new BarChart.Bar("c", 0)))
                .getValue();
        assertTrue(svg.contains("aria-describedby=\"chart-desc\""), svg);
        assertTrue(svg.contains("<desc id=\"chart-desc\">a&amp;b: 2; c: 0</desc>"), svg);
        assertTrue(svg.contains("<title id=\"chart-title\">Published &lt;per&gt; week</title>"), svg);
    }

    @Test
    void aBarsOwnTextIsItsTooltipAndItsPartOfTheTextAlternative() {
        String svg = BarChart.svg("Veredictos publicados", List.of(new BarChart.Bar("2 mar", 3,
                "semana del 2 de marzo de 2026: 3 veredictos"), new BarChart.Bar("9 mar", 1,
                "semana del 9 de marzo de 2026: 1 veredicto"))).getValue();
        assertTrue(svg.contains("<desc id=\"chart-desc\">semana del 2 de marzo de 2026: 3 veredictos; "
                + "semana del 9 de marzo de 2026: 1 veredicto</desc>"), svg);
        assertTrue(svg.contains("<g><title>semana del 9 de marzo de 2026: 1 veredicto</title>"), svg);
        assertEquals(List.of("2 mar", "9 mar"), labels(svg));
    }
}

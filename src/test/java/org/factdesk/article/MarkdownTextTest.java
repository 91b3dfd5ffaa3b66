package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Markdown articles reduced to their words, with statistics and quotes untouched. */
class MarkdownTextTest {

    private static String strip(String markdown) {
        return MarkdownText.strip(markdown);
    }

    @Test
    void sampleKeepsHeadlineAndStatisticsWithoutMarkup() throws IOException {
        String text = ArticleText.normalise(strip(HtmlArticleExtractorTest.resource("jobs-report.md")));
        assertTrue(text.startsWith("Budget row: what the finance minister said, and what the figures show\n\n"
                + "By Priya Nandakumar · Published 12 Feb. 2026 · The Ledger (fictional sample)\n\n"));
        for (String sentence : List.of(
                "According to the National Statistics Office, employment rose by 214,000 between the first quarter "
                        + "of 2024 and the last quarter of 2025.",
                "Over the previous decade it rose by 1.9 million.",
                "Real wages — pay adjusted for inflation — fell in three months of 2024, the office's monthly series shows.",
                "The opposition's spokesperson, Mrs. Hélène Dubois, said the country now has \"the highest tax burden "
                        + "in Europe.\" Eurostat ranks it 7th of 27 members.",
                "The independent Fiscal Council forecasts a fall from 4.2% to 3.1% of GDP.",
                "\"Nobody has done more for pensioners than we have,\" he said. Pensions rose 4.5% in 2025, after 6.7% "
                        + "in 2023 under the previous government.")) {
            assertTrue(text.contains(sentence), () -> "lost or changed: " + sentence);
        }
        for (String markup : List.of("#", "**", "*", "[", "](", "_")) {
            assertFalse(text.contains(markup), () -> "markup left: " + markup);
        }
        assertEquals(9, text.split("\n\n").length, "one paragraph per Markdown block");
    }

    @Test
    void headingsBecomeTheirOwnParagraphs() {
        assertEquals("Title\n\nText under it.\n\nSection\n\nMore.\n\nClosed heading",
                strip("# Title\nText under it.\n\nSection\n-------\nMore.\n\n## Closed heading ##"));
        assertEquals("Big\n\nbody", strip("Big\n===\nbody"));
        assertEquals("#hashtag stays", strip("#hashtag stays"));
    }

    @Test
    void emphasisStrongAndCodeMarkersGo() {
        assertEquals("a b c d e f g h", strip("*a* **b** _c_ __d__ ***e*** `f` ``g`` ~~h~~"));
        assertEquals("nested emphasis inside strong", strip("**nested *emphasis* inside strong**"));
        assertEquals("code keeps *stars* and a_b", strip("code keeps `*stars*` and `a_b`"));
    }

    @Test
    void underscoresInWordsAndSpacedAsterisksStay() {
        assertEquals("snake_case_name and __init__ stay", strip("snake_case_name and \\_\\_init\\_\\_ stay"));
        assertEquals("3 * 4 * 5 = 60 and 2 * 3", strip("3 * 4 * 5 = 60 and 2 * 3"));
        assertEquals("file_name_v2.csv", strip("file_name_v2.csv"));
        assertEquals("3 * 4 = 12 is bold", strip("**3 * 4 = 12** is bold"));
    }

    @Test
    void strayMarkersDoNotSlowStrippingDown() {
        String stars = "a *b _c ".repeat(60_000);
        String text = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> strip(stars));
        assertEquals(stars.strip(), text);
    }

    @Test
    void linksKeepTheirTextAndImagesTheirAlt() {
        assertEquals("See the report and chart here.",
                strip("See [the report](https://ons.example/r_1 \"ONS\") and ![chart](c.png) ![](x.png)here."));
        assertEquals("A ref link and another.\n\nLast.",
                strip("A [ref link][r] and [another].\n\n[r]: https://example.org\n[another]: <https://e.org> 'T'\n\nLast."));
        assertEquals("Mail https://example.org/a_b_c or news@example.org",
                strip("Mail <https://example.org/a_b_c> or <news@example.org>"));
        assertEquals("Bare https://example.org/_x_/y stays", strip("Bare https://example.org/_x_/y stays"));
    }

    @Test
    void listItemsKeepALineEachWithoutMarkers() {
        assertEquals("Intro.\n\nFirst\nSecond item continued\nThird\nFourth\nDone task\n\nAfter.",
                strip("Intro.\n\n- First\n* Second item\n  continued\n+ Third\n12. Fourth\n- [x] Done task\n\nAfter."));
    }

    @Test
    void blockquotesLoseTheirMarkers() {
        assertEquals("Quoted text over two lines\n\nNested", strip("> Quoted *text*\n> over two lines\n>\n> > Nested"));
    }

    @Test
    void horizontalRulesAreDropped() {
        assertEquals("Above\n\nBelow\n\nEnd", strip("Above\n\n---\n\nBelow\n\n* * *\n\nEnd"));
    }

    @Test
    void fencedCodeKeepsItsLinesVerbatim() {
        assertEquals("Before\n\nint total = a * b; // *not emphasis*\n  indented_name = 1\n\nAfter",
                strip("Before\n\n```java\nint total = a * b; // *not emphasis*\n  indented_name = 1\n```\n\nAfter"));
    }

    @Test
    void tableRowsBecomeLinesWithTabSeparatedCells() {
        assertEquals("Year\tJobs\n2024\t214,000\n2025\t1.9 million\n\nAfter the table.",
                strip("| Year | Jobs |\n|:-----|----:|\n| 2024 | 214,000 |\n| **2025** | 1.9 million |\n\nAfter the table."));
    }

    @Test
    void htmlTagsAreStrippedAndEntitiesDecoded() {
        assertEquals("Costs £12 million & more", strip("Costs <b>&pound;12</b> million &amp; <span class=\"x\">more</span>"));
        assertEquals("Visible", strip("<!-- hidden\nnote -->Visible"));
    }

    @Test
    void backslashEscapesAreUnescaped() {
        assertEquals("*not emphasis* and [not a link] and 100% # sure",
                strip("\\*not emphasis\\* and \\[not a link\\] and 100% \\# sure"));
    }

    @Test
    void softWrapsJoinAndHardBreaksStay() {
        assertEquals("one two\nthree\nfour", strip("one\ntwo  \nthree\\\nfour"));
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertEquals("", strip(""));
        assertEquals("", strip(null));
        assertEquals("", strip("---\n\n[r]: https://example.org"));
    }
}

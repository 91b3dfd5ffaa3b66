package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The article body and metadata pulled out of a web page, without the page around it. */
class HtmlArticleExtractorTest {

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource article/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HtmlArticleExtractor.Extracted sample() throws IOException {
        return HtmlArticleExtractor.extract(resource("vaccine-clinic.html"), "https://health.example.org/local/");
    }

    @Test
    void everyParagraphOfTheArticleIsKeptExactly() throws IOException {
        List<String> paragraphs = List.of(sample().text().split("\n\n"));
        assertEquals(List.of(
                "City opens three new clinics as flu season peaks",
                "By Sam O'Connell, Health reporter — 4 December 2025",
                "A nurse prepares a dose at the Eastside clinic. Photo: R. Lind",
                "Mayor Dana Whitfield said on Thursday that the three clinics would \"cut waiting times in half\" "
                        + "for the city's 310,000 residents.",
                "The council says 48,000 flu doses were given in November, twice as many as a year earlier. "
                        + "Hospital admissions for flu rose 27% in the same month, according to St. Brigid's Hospital.",
                "Dr. Omar Haddad, the city's health officer, said the vaccine is \"about 60 percent effective\" this "
                        + "season. The national health agency's interim estimate is 41%.",
                "Opposition councillor Lee Park said the clinics cost £12 million, \"more than the entire parks "
                        + "budget.\" The parks budget for 2025 is £9.4 million."),
                paragraphs);
    }

    @Test
    void pageFurnitureIsDropped() throws IOException {
        String text = sample().text();
        for (String furniture : List.of("window.tracking", "should never be imported", ".ad{", "display:block",
                "Home", "Sport", "ADVERTISEMENT", "Buy one, get one free", "Most read", "Ten things to do",
                "Riverton Courier", "all names are fictional", "©", "<", ">")) {
            assertFalse(text.contains(furniture), () -> "furniture left in the text: " + furniture);
        }
    }

    @Test
    void entitiesAreDecoded() throws IOException {
        String text = sample().text();
        assertTrue(text.contains("£12 million"));
        assertTrue(text.contains("£9.4 million"));
        assertFalse(text.contains("&pound;"));
        assertFalse(text.contains("&"));
    }

    @Test
    void headlineOpensTheTextAndTheCaptionIsItsOwnParagraph() throws IOException {
        String text = sample().text();
        assertTrue(text.startsWith("City opens three new clinics as flu season peaks\n\n"));
        assertTrue(text.contains("\n\nA nurse prepares a dose at the Eastside clinic. Photo: R. Lind\n\n"));
        assertFalse(text.contains("A nurse at the new clinic"), "image alt text is not article text");
    }

    @Test
    void metadataComesFromTheArticle() throws IOException {
        HtmlArticleExtractor.Extracted extracted = sample();
        assertEquals("City opens three new clinics as flu season peaks", extracted.title());
        assertEquals("Sam O'Connell, Health reporter", extracted.byline());
        assertEquals(LocalDate.of(2025, 12, 4), extracted.publishedOn());
        assertNull(extracted.sourceUrl());
    }

    @Test
    void textIsAlreadyNormalised() throws IOException {
        String text = sample().text();
        assertEquals(ArticleText.normalise(text), text);
    }

    @Test
    void metaTagsGiveTitleBylineDateAndCanonicalUrl() {
        String html = """
                <html><head><title>Rates held | Daily Example</title>
                <meta property="og:title" content="Rates held at 4%">
                <meta name="author" content="Ana Ruiz">
                <meta property="article:published_time" content="2026-02-03T07:30:00+01:00">
                <link rel="canonical" href="/economy/rates-held">
                </head><body><main><p>The bank held rates at 4%.</p></main></body></html>""";
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, "https://daily.example.com/");
        assertEquals("Rates held at 4%", extracted.title());
        assertEquals("Ana Ruiz", extracted.byline());
        assertEquals(LocalDate.of(2026, 2, 3), extracted.publishedOn());
        assertEquals("https://daily.example.com/economy/rates-held", extracted.sourceUrl());
        assertEquals("The bank held rates at 4%.", extracted.text());
    }

    @Test
    void pageTitleLosesItsSiteNameAndBadDatesAreIgnored() {
        String html = """
                <title>Rates held | Daily Example</title><meta property="og:url" content="https://d.example.com/r">
                <time datetime="sometime soon">soon</time><p>Text.</p>""";
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, null);
        assertEquals("Rates held", extracted.title());
        assertNull(extracted.publishedOn());
        assertNull(extracted.byline());
        assertEquals("https://d.example.com/r", extracted.sourceUrl());
    }

    @Test
    void furnitureByRoleClassAndIdIsDropped() {
        String html = """
                <body><header><a href="/">Daily Example</a><h1>Site name</h1></header>
                <div role="navigation">Sections</div>
                <article><header><h1>Headline &amp; more</h1></header>
                <div class="share-bar">Share on X</div>
                <div id="newsletterSignup">Get the newsletter</div>
                <div class="adSlot">Sponsored content</div>
                <p>First&nbsp;paragraph   with
                   wrapped    text.</p>
                <div class="cookie-banner">We use cookies</div>
                <ul><li>One point</li><li>Another point</li></ul>
                <blockquote>A quote</blockquote>
                <p>Line one<br>line two</p>
                <div>Direct text <span>in a div</span></div>
                <section class="related-stories"><p>Other story</p></section>
                <div role="complementary">Box</div>
                <footer>Tags: economy</footer>
                </article>
                <footer>Copyright</footer></body>""";
        String text = HtmlArticleExtractor.extract(html, null).text();
        assertEquals("Headline & more\n\nFirst paragraph with wrapped text.\n\nOne point\n\nAnother point\n\n"
                + "A quote\n\nLine one\nline two\n\nDirect text in a div", text);
    }

    @Test
    void withoutAnArticleTheBodyIsUsedAndTheHeadlineKept() {
        String html = """
                <body><header><h1>Water bills to rise</h1><nav>Menu</nav></header>
                <aside>Most read</aside><p>Bills will rise 8% in April.</p><table><tr><td>2025</td><td>8%</td></tr></table>
                <script>var x = "<p>no</p>";</script></body>""";
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, null);
        assertEquals("Water bills to rise\n\nBills will rise 8% in April.\n\n2025\n\n8%", extracted.text());
        assertEquals("Water bills to rise", extracted.title());
    }

    @Test
    void articleWithAFurnitureWordInItsClassIsStillTheArticle() {
        String html = """
                <body><div class="sidebar"><article><p>Teaser</p></article></div>
                <article class="story has-comments"><h1>Real story</h1><p>Body text here.</p>
                <div class="comments">Reader comment</div></article></body>""";
        assertEquals("Real story\n\nBody text here.", HtmlArticleExtractor.extract(html, null).text());
    }

    @Test
    void emptyHeadlineFallsBackToTheOpenGraphTitle() {
        String html = "<meta property=\"og:title\" content=\"Open Graph title\"><article><h1> </h1><p>Text.</p></article>";
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, null);
        assertEquals("Open Graph title", extracted.title());
        assertEquals("Text.", extracted.text());
    }

    @Test
    void writtenDatesAreReadLeniently() {
        assertEquals(LocalDate.of(2026, 2, 12), HtmlArticleExtractor.parseDate("Published 12 Feb. 2026"));
        assertEquals(LocalDate.of(2025, 9, 4), HtmlArticleExtractor.parseDate("Sept. 4, 2025"));
        assertEquals(LocalDate.of(2025, 3, 1), HtmlArticleExtractor.parseDate("2025-03-01"));
        assertNull(HtmlArticleExtractor.parseDate("2025-02-30"));
        assertNull(HtmlArticleExtractor.parseDate("yesterday"));
    }

    @Test
    void emptyInputGivesEmptyText() {
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract("", null);
        assertEquals("", extracted.text());
        assertNull(extracted.title());
    }
}

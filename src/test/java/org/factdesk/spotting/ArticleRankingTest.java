package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * News articles, not transcripts: statistics, quoted claims and promises rank above captions, bylines,
 * boilerplate and questions, on a labelled set written for this test and on the sample articles.
 */
class ArticleRankingTest {

    private static final Set<String> CHECK = Set.of("statistic", "quoted-claim", "promise");
    private static final Set<String> SKIP = Set.of("caption", "byline", "boilerplate", "question");
    private static final Pattern TAG = Pattern.compile("\\[([a-z-]+)\\] ");

    private final ClaimSpotter spotter = new ClaimSpotter();

    /** One labelled sentence of the set and how the spotter scored it inside its article. */
    record Scored(String article, String kind, String text, double score) {
    }

    /** Builds each article of news-sentences.txt, spots it, and pairs every tagged sentence with its score. */
    static List<Scored> labelledSet(ClaimSpotter spotter) throws IOException {
        String file;
        try (InputStream in = ArticleRankingTest.class.getClassLoader().getResourceAsStream("spotting/news-sentences.txt")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Scored> out = new ArrayList<>();
        String article = null;
        List<String> kinds = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : (file + "\n=== end").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (article != null) {
                    out.addAll(score(spotter, article, body.toString(), kinds, ranges));
                }
                article = line.substring(4);
                kinds.clear();
                ranges.clear();
                body.setLength(0);
                continue;
            }
            if (body.length() > 0) {
                body.append("\n\n");
            }
            Matcher m = TAG.matcher(line);
            List<int[]> tags = new ArrayList<>();
            while (m.find()) {
                tags.add(new int[] {m.start(), m.end()});
                kinds.add(m.group(1));
            }
            for (int t = 0; t < tags.size(); t++) {
                int textEnd = t + 1 < tags.size() ? tags.get(t + 1)[0] : line.length();
                String sentence = line.substring(tags.get(t)[1], textEnd).strip();
                if (t > 0) {
                    body.append(' ');
                }
                ranges.add(new int[] {body.length(), body.length() + sentence.length()});
                body.append(sentence);
            }
        }
        return out;
    }

    private static List<Scored> score(ClaimSpotter spotter, String article, String body, List<String> kinds, List<int[]> ranges) {
        List<SpottedSentence> spotted = spotter.spot(body);
        assertEquals(ranges.size(), spotted.size(), article + ": one spotted sentence per tagged sentence");
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < spotted.size(); i++) {
            SpottedSentence s = spotted.get(i);
            assertEquals(ranges.get(i)[0], s.start(), article + ": " + s.text());
            assertEquals(ranges.get(i)[1], s.end(), article + ": " + s.text());
            out.add(new Scored(article, kinds.get(i), s.text(), s.score()));
        }
        return out;
    }

    @Test
    void statisticsQuotedClaimsAndPromisesRankAboveCaptionsBylinesBoilerplateAndQuestions() throws IOException {
        List<Scored> all = labelledSet(spotter);
        List<Scored> check = all.stream().filter(s -> CHECK.contains(s.kind())).toList();
        List<Scored> skip = all.stream().filter(s -> SKIP.contains(s.kind())).toList();
        assertTrue(check.size() >= 15 && skip.size() >= 15, "the set covers every kind: " + check.size() + " / " + skip.size());
        Scored lowestCheck = check.stream().min(Comparator.comparingDouble(Scored::score)).orElseThrow();
        Scored highestSkip = skip.stream().max(Comparator.comparingDouble(Scored::score)).orElseThrow();
        assertTrue(lowestCheck.score() > highestSkip.score(), "lowest to check " + lowestCheck + " is not above highest to skip " + highestSkip);
    }

    @Test
    void everyArticleOpensItsSuggestionsWithSomethingToCheck() throws IOException {
        List<Scored> all = labelledSet(spotter);
        for (String article : all.stream().map(Scored::article).distinct().toList()) {
            Scored top = all.stream().filter(s -> s.article().equals(article))
                    .max(Comparator.comparingDouble(Scored::score)).orElseThrow();
            assertTrue(CHECK.contains(top.kind()), article + " is topped by " + top);
        }
    }

    @Test
    void sampleArticlesRankTheirFiguresAboveHeadlineCaptionAndFooter() throws IOException {
        List<SpottedSentence> summit = spotter.spot(SentenceSplitterTest.resource("summit-talks.txt"));
        double lowestFigure = Math.min(find(summit, "Trade between the two countries rose 18%").score(),
                Math.min(find(summit, "Unemployment in Veloria's border provinces").score(),
                        find(summit, "Ardent now buys 62 per cent").score()));
        for (String skip : List.of("PHOTO - Velorian President", "© 2025 Northlight Daily", "Hale described the talks")) {
            assertTrue(lowestFigure > find(summit, skip).score(), skip);
        }
        List<SpottedSentence> jobs = spotter.spot(SentenceSplitterTest.resource("jobs-report.md"));
        double lowestClaim = Math.min(find(jobs, "According to the National Statistics Office").score(),
                Math.min(find(jobs, "Pensions rose 4.5% in 2025").score(), find(jobs, "Mr. Vasquez also said the deficit").score()));
        for (String skip : List.of("*By Priya Nandakumar", "Some sentences are opinions")) {
            assertTrue(lowestClaim > find(jobs, skip).score(), skip);
        }
    }

    private static SpottedSentence find(List<SpottedSentence> spotted, String prefix) {
        return spotted.stream().filter(s -> s.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with " + prefix));
    }
}

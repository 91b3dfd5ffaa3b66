package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factdesk.spotting.ClaimSpotter;
import org.factdesk.spotting.SpottedSentence;
import org.junit.jupiter.api.Test;

class ArticleSentencesTest {

    private static final String BODY = "The minister said unemployment fell by 4.2% in 2025. Critics disagree.\n\n"
            + "\"We built 12,000 homes,\" she told reporters on Monday. Nobody knows why.";

    private final ClaimSpotter spotter = new ClaimSpotter();

    private ArticleSentences sentences() {
        ArticleSentences s = new ArticleSentences();
        s.spotter = spotter;
        return s;
    }

    private static Article article(String body, String hash, String language) {
        Article a = new Article();
        a.body = body;
        a.bodyHash = hash;
        a.language = language;
        return a;
    }

    @Test
    void aSecondViewGivesTheSameSentencesAsSplittingAgain() {
        ArticleSentences cache = sentences();
        Article article = article(BODY, "hash-1", "en");
        List<SpottedSentence> first = cache.of(article);
        List<SpottedSentence> second = cache.of(article);
        assertEquals(spotter.spot(BODY, "en"), second);
        assertEquals(first, second);
        assertNotSame(first, second, "the second view is rebuilt from the kept offsets and scores");
        assertTrue(second.size() >= 4, second.toString());
        for (SpottedSentence s : second) {
            assertEquals(BODY.substring(s.start(), s.end()), s.text());
        }
    }

    @Test
    void anotherLanguageIsSplitAndScoredOnItsOwn() {
        ArticleSentences cache = sentences();
        cache.of(article(BODY, "hash-2", "en"));
        assertEquals(spotter.spot(BODY, "es"), cache.of(article(BODY, "hash-2", "es")));
    }
}

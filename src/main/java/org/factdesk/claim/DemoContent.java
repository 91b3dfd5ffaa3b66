package org.factdesk.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factdesk.account.FirstStart;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleService;
import org.factdesk.spotting.ClaimSpotter;
import org.factdesk.spotting.SpottedSentence;
import org.jboss.logging.Logger;

/** Demo mode's sample articles, each with its three most check-worthy sentences made claims. */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    /** The samples shipped in {@code resources/demo}, with the metadata a newsroom would enter. */
    private record Sample(String file, String outlet, String url, String publishedOn, ArticleService.Format format) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("summit-talks.txt", "Meridian Wire", "https://news.example.org/world/summit-talks",
                    "2025-03-04", ArticleService.Format.TEXT),
            new Sample("jobs-report.md", "The Ledger", "https://ledger.example.org/economy/jobs-report",
                    "2025-03-07", ArticleService.Format.MARKDOWN),
            new Sample("vaccine-clinic.html", null, "https://health.example.org/local/vaccine-clinic", null,
                    ArticleService.Format.HTML));

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    ClaimSpotter spotter;

    void onFirstStart(@Observes FirstStart event) {
        for (Sample sample : SAMPLES) {
            String text = read(sample.file());
            Article article = articles.importArticle(new ArticleService.ArticleInput(null, sample.outlet(), null,
                    sample.url(), sample.publishedOn(), "en", text, sample.format().name(), null, null, true),
                    event.demoEditor());
            List<SpottedSentence> top = spotter.spot(article.body).stream()
                    .sorted(Comparator.comparingDouble(SpottedSentence::score).reversed()).limit(3).toList();
            for (SpottedSentence s : top) {
                claims.create(article.id, s.start(), s.end(), null, null, null, event.demoEditor());
            }
        }
        LOG.infof("Demo mode: imported %d sample articles with claims.", SAMPLES.size());
    }

    private static String read(String file) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo sample missing from the build: " + file);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.factdesk.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.spotting.ClaimSpotter;
import org.factdesk.spotting.SpottedSentence;

/**
 * An article body's sentences with their check-worthiness, worked out once per body and language rather than on every
 * view of the article page and the sentences API. Bodies never change after import and are keyed by their SHA-256
 * and the article's language tag (which splits and scores them, and which an editor may change), so an entry is
 * never stale; the most recently used bodies are kept up to {@link #MAX_CHARS} characters in all, so the cache stays
 * the same size however large the desk grows.
 *
 * <p>An entry keeps each sentence's offsets, score and reasons, not its text, which is cut from the body again when
 * the sentences are asked for: about 40 bytes a sentence, roughly 0.4 byte per body character, where keeping the
 * texts cost about three times as much and held only a quarter as many articles.
 */
@ApplicationScoped
public class ArticleSentences {

    /** Body characters whose sentences are kept (their offsets and scores: about 13 MB at most). */
    static final long MAX_CHARS = 32L * 1024 * 1024;

    @Inject
    ClaimSpotter spotter;

    /** One body's sentences without their texts. */
    private record Spans(int[] starts, int[] ends, double[] scores, List<List<String>> reasons) {

        static Spans of(List<SpottedSentence> sentences) {
            int n = sentences.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            double[] scores = new double[n];
            List<List<String>> reasons = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                SpottedSentence s = sentences.get(i);
                starts[i] = s.start();
                ends[i] = s.end();
                scores[i] = s.score();
                reasons.add(s.reasons());
            }
            return new Spans(starts, ends, scores, List.copyOf(reasons));
        }

        List<SpottedSentence> in(String body) {
            List<SpottedSentence> sentences = new ArrayList<>(starts.length);
            for (int i = 0; i < starts.length; i++) {
                sentences.add(new SpottedSentence(starts[i], ends[i], body.substring(starts[i], ends[i]), scores[i],
                        reasons.get(i)));
            }
            return List.copyOf(sentences);
        }
    }

    private final Map<String, Spans> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private long chars;

    /** Every sentence of the article's body in body order, with offsets, score and reasons, read in its language. */
    public List<SpottedSentence> of(Article article) {
        String key = article.bodyHash + " " + (article.language == null ? "" : article.language);
        synchronized (this) {
            Spans known = cache.get(key);
            if (known != null) {
                return known.in(article.body);
            }
        }
        // Computed outside the lock: two first views of one body may both compute it, and both get the same answer.
        List<SpottedSentence> sentences = List.copyOf(spotter.spot(article.body, article.language));
        int size = article.body.length();
        if (size <= MAX_CHARS) {
            Spans spans = Spans.of(sentences);
            synchronized (this) {
                if (cache.putIfAbsent(key, spans) == null) {
                    sizes.put(key, size);
                    chars += size;
                    var eldest = cache.keySet().iterator();
                    while (chars > MAX_CHARS && eldest.hasNext()) {
                        chars -= sizes.remove(eldest.next());
                        eldest.remove();
                    }
                }
            }
        }
        return sentences;
    }
}

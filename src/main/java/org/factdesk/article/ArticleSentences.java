package org.factdesk.article;

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
 */
@ApplicationScoped
public class ArticleSentences {

    /** Body characters whose sentences are kept (about 16 MB of text and as much again of sentences). */
    static final long MAX_CHARS = 8L * 1024 * 1024;

    @Inject
    ClaimSpotter spotter;

    private final Map<String, List<SpottedSentence>> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private long chars;

    /** Every sentence of the article's body in body order, with offsets, score and reasons, read in its language. */
    public List<SpottedSentence> of(Article article) {
        String key = article.bodyHash + " " + (article.language == null ? "" : article.language);
        synchronized (this) {
            List<SpottedSentence> known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two first views of one body may both compute it, and both get the same answer.
        List<SpottedSentence> sentences = List.copyOf(spotter.spot(article.body, article.language));
        int size = article.body.length();
        if (size <= MAX_CHARS) {
            synchronized (this) {
                if (cache.putIfAbsent(key, sentences) == null) {
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

package org.factdesk.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.web.Language;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The rating scale's labels in each language, kept in memory so that every page, list row and report row can name a
 * rating in its reader's language without a query (and pages resolved on the event loop can ask at all). Read at
 * start, every ten seconds (another instance's change shows here within that), and at once after a save on this
 * instance ({@link #reload()}). The English label always comes from the row itself, so it is never stale.
 *
 * <p>
 * In templates {@code {rating.label}} and a claims list row's {@code {c.ratingLabel}} answer in the page's language
 * (priority above the generated resolvers' 10, as {@link ClaimLabels}).
 */
@ApplicationScoped
public class RatingLabels {

    /** Rating key → language tag → label; only the translations that exist. */
    private static volatile Map<String, Map<String, String>> translations = Map.of();

    /**
     * The label of the rating {@code key} in {@code language}: its translation, or {@code english} (the rating's
     * own label) where it has none. Null for a row without a rating.
     */
    public static String label(String key, String english, Language language) {
        if (key == null || language == Language.ENGLISH) {
            return english;
        }
        Map<String, String> forKey = translations.get(key);
        String translated = forKey == null ? null : forKey.get(language.tag());
        return translated == null ? english : translated;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Reads the translations again, in a transaction of its own (after a save: once it has committed). */
    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reload() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Rating.getEntityManager()
                .createNativeQuery("select r.rating_key, l.language, l.label from rating_label l "
                        + "join rating r on r.id = l.rating_id", Object[].class)
                .getResultList());
        Map<String, Map<String, String>> read = new HashMap<>();
        for (Object[] row : rows) {
            read.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], (String) row[2]);
        }
        translations = Map.copyOf(read);
    }

    @TemplateExtension(priority = 20)
    static String label(Rating rating, @TemplateAttribute("locale") Object locale) {
        return label(rating.key, rating.label, language(locale));
    }

    @TemplateExtension(priority = 20)
    static String ratingLabel(ClaimQueries.ClaimRow row, @TemplateAttribute("locale") Object locale) {
        return label(row.ratingKey(), row.ratingLabel(), language(locale));
    }

    private static Language language(Object locale) {
        return Language.ofTemplateLocale(locale);
    }
}

package org.factdesk.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import org.factdesk.web.Language;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One step of the desk's rating scale; the key is stable for the API and exports, the rest is editable. */
@Entity
@Audited
public class Rating extends PanacheEntity {

    @Column(name = "rating_key", nullable = false, unique = true, length = 40)
    public String key;

    /** The English label, which every other language falls back to. */
    @Column(nullable = false, unique = true, length = 80)
    public String label;

    /**
     * The label in each other language, by language tag ({@code es}, {@code fr}, {@code pt-BR}); a language without
     * one reads the English label. Audited in {@code rating_label_aud}, a table of its own (V11), so no sealed
     * revision's text changes. Pages read the labels through {@link RatingLabels}, which keeps them in memory.
     */
    @ElementCollection
    @CollectionTable(name = "rating_label", joinColumns = @JoinColumn(name = "rating_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "label", nullable = false, length = 80)
    public Map<String, String> translations = new HashMap<>();

    /** The rating's place on a numeric scale (higher is truer), or null for ratings such as "Misleading". */
    @Column(name = "numeric_value")
    public Integer value;

    /** A CSS hex colour such as {@code #cf222e}. */
    @Column(nullable = false, length = 7)
    public String colour;

    @Column(nullable = false)
    public int position;

    /** Retired ratings stay on the verdicts that use them but cannot be chosen for new ones. */
    @Column(nullable = false)
    public boolean retired;

    @Version
    @Column(nullable = false)
    public long version;

    /** The label in {@code language}: its translation, or the English label where it has none. */
    public String label(Language language) {
        String translated = language == Language.ENGLISH ? null : translations.get(language.tag());
        return translated == null ? label : translated;
    }

    /** Text colour that stays readable on the rating's colour (WCAG contrast against black or white). */
    public String textColour() {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double l = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public static List<Rating> scale() {
        return list("order by position, id");
    }

    public static List<Rating> active() {
        return list("retired = false order by position, id");
    }

    public static Optional<Rating> byKey(String key) {
        return key == null ? Optional.empty() : find("key", key.strip()).firstResultOptional();
    }

    /** The best and worst numeric values on the scale, for ClaimReview's bestRating/worstRating. */
    public static int[] numericRange() {
        Object[] row = getEntityManager().createQuery(
                "select max(r.value), min(r.value) from Rating r where r.value is not null", Object[].class)
                .getSingleResult();
        return row[0] == null ? null : new int[] { ((Number) row[0]).intValue(), ((Number) row[1]).intValue() };
    }
}

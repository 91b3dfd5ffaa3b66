package org.factdesk.claim;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One step of the desk's rating scale; the key is stable for the API and exports, the rest is editable. */
@Entity
@Audited
public class Rating extends PanacheEntity {

    @Column(name = "rating_key", nullable = false, unique = true, length = 40)
    public String key;

    @Column(nullable = false, unique = true, length = 80)
    public String label;

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

package org.factdesk.settings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.factdesk.claim.Rating;
import org.factdesk.web.AppMessages;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.MissingException;
import org.factdesk.web.StaleVersionException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Rules for the rating scale: validation, unique keys and labels, the fixed key, optimistic locking, and that a
 * rating used by a verdict is retired rather than deleted.
 */
@ApplicationScoped
public class RatingScaleService {

    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    public static final int MAX_LABEL = 80;
    public static final int MIN_VALUE = -100;
    public static final int MAX_VALUE = 100;
    public static final int MAX_ORDER = 99_999;

    /**
     * Deleting a rating that verdicts use would rewrite their history, so it is refused. Its message is English, for
     * the log; the page words the refusal in its reader's language ({@link RatingAdminMessages#inUse}).
     */
    public static class RatingInUseException extends RuntimeException {
        public final transient Rating rating;

        public RatingInUseException(Rating rating, long verdicts) {
            super("“" + rating.label + "” is used by " + verdicts + (verdicts == 1 ? " verdict" : " verdicts")
                    + " and cannot be deleted. Retire it instead: it stays on those verdicts but cannot be chosen for "
                    + "new ones.");
            this.rating = rating;
        }
    }

    /**
     * A rating as typed in the form; numbers stay text until they are checked. {@code translations} holds the label
     * typed for each language but English (blank: none, the English label shows); a language it does not name (or
     * null for all) keeps its saved label.
     */
    public record RatingInput(String key, String label, String value, String colour, String order,
            Map<Language, String> translations) {

        public RatingInput(String key, String label, String value, String colour, String order) {
            this(key, label, value, colour, order, null);
        }
    }

    /** The languages a rating's label is translated into: all but English, whose label is the rating's own. */
    public static List<Language> translatedLanguages() {
        return Arrays.stream(Language.values()).filter(l -> l != Language.ENGLISH).toList();
    }

    @Inject
    Localization localization;

    @Transactional
    public Rating create(RatingInput input) {
        FormErrors errors = new FormErrors();
        String key = trim(input.key()).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            errors.add("key", text().keyMissing());
        } else if (!KEY.matcher(key).matches()) {
            errors.add("key", text().keyFormat());
        } else if (Rating.byKey(key).isPresent()) {
            errors.add("key", text().keyTaken());
        }
        Rating rating = new Rating();
        rating.key = key;
        check(rating, input, errors);
        Map<String, String> translations = translations(rating, input, errors);
        return save(rating, translations, errors);
    }

    /** Changes label, value, colour and order of a form loaded at {@code version}; the key never changes. */
    @Transactional
    public Rating update(long id, long version, RatingInput input) {
        Rating rating = find(id);
        if (rating.version != version) {
            throw new StaleVersionException(text().stale(), rating, rating.version);
        }
        FormErrors errors = new FormErrors();
        check(rating, input, errors);
        Map<String, String> translations = translations(rating, input, errors);
        return save(rating, translations, errors);
    }

    /** Retired ratings stay on the verdicts that have them but are no longer offered. */
    @Transactional
    public Rating retire(long id) {
        Rating rating = find(id);
        rating.retired = true;
        return rating;
    }

    @Transactional
    public Rating restore(long id) {
        Rating rating = find(id);
        rating.retired = false;
        return rating;
    }

    /** Deletes a rating no verdict has ever used; returns the deleted rating (its key and label name it in the notice). */
    @Transactional
    public Rating delete(long id) {
        Rating rating = find(id);
        long used = usage(rating);
        if (used > 0) {
            throw new RatingInUseException(rating, used);
        }
        rating.delete();
        return rating;
    }

    /** How many verdicts, of any state or revision, carry this rating. */
    public long usage(Rating rating) {
        return Rating.getEntityManager()
                .createQuery("select count(v) from Verdict v where v.rating = :r", Long.class)
                .setParameter("r", rating).getSingleResult();
    }

    public Rating find(long id) {
        Rating rating = Rating.findById(id);
        if (rating == null) {
            throw new MissingException("No such rating.");
        }
        return rating;
    }

    /** The order a new rating gets unless the admin types another: after the last one. */
    public int nextOrder() {
        Integer max = Rating.getEntityManager().createQuery("select max(r.position) from Rating r", Integer.class)
                .getSingleResult();
        return max == null ? 10 : Math.min(MAX_ORDER, max + 10);
    }

    /** Checks the editable fields and copies them onto {@code rating} when they are valid. */
    private void check(Rating rating, RatingInput input, FormErrors errors) {
        String label = trim(input.label());
        if (label.isEmpty()) {
            errors.add("label", text().labelMissing());
        } else if (label.length() > MAX_LABEL) {
            errors.add("label", localization.messages(AppMessages.class).fieldTooLong(MAX_LABEL));
        } else if ((rating.id == null ? Rating.count("lower(label) = lower(?1)", label)
                : Rating.count("lower(label) = lower(?1) and id <> ?2", label, rating.id)) > 0) {
            errors.add("label", text().labelTaken());
        }
        Integer value = null;
        String valueText = trim(input.value());
        if (!valueText.isEmpty()) {
            value = parse(valueText);
            if (value == null || value < MIN_VALUE || value > MAX_VALUE) {
                errors.add("value", text().valueRange(MIN_VALUE, MAX_VALUE));
            }
        }
        String colour = trim(input.colour()).toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            errors.add("colour", text().colourFormat());
        }
        Integer order = parse(trim(input.order()));
        if (order == null || order < 0 || order > MAX_ORDER) {
            errors.add("order", text().orderRange(MAX_ORDER));
        }
        if (errors.isEmpty()) {
            rating.label = label;
            rating.value = value;
            rating.colour = colour;
            rating.position = order;
        }
    }

    /**
     * The rating's translations once {@code input}'s are applied, by language tag: a language the input names gets
     * its text (blank: none), one it does not name keeps the saved label. Null when the input names none. Adds an
     * error under {@code label-<tag>} for each that is too long or taken in its language.
     */
    private Map<String, String> translations(Rating rating, RatingInput input, FormErrors errors) {
        if (input.translations() == null || input.translations().isEmpty()) {
            return null;
        }
        Map<String, String> result = new HashMap<>(rating.translations);
        for (Language language : translatedLanguages()) {
            if (!input.translations().containsKey(language)) {
                continue;
            }
            String text = trim(input.translations().get(language));
            String field = fieldName(language);
            if (text.isEmpty()) {
                result.remove(language.tag());
            } else if (text.length() > MAX_LABEL) {
                errors.add(field, localization.messages(RatingLabelMessages.class).tooLong(MAX_LABEL));
            } else if (translationTaken(rating, language, text)) {
                errors.add(field, localization.messages(RatingLabelMessages.class).taken());
            } else {
                result.put(language.tag(), text);
            }
        }
        return result;
    }

    /** The form field of the label in {@code language}: {@code label-es}, {@code label-fr}, {@code label-pt-BR}. */
    public static String fieldName(Language language) {
        return "label-" + language.tag();
    }

    private static boolean translationTaken(Rating rating, Language language, String text) {
        Number n = (Number) Rating.getEntityManager().createNativeQuery("select count(*) from rating_label "
                + "where language = ?1 and lower(label) = lower(?2) and rating_id <> ?3")
                .setParameter(1, language.tag()).setParameter(2, text)
                .setParameter(3, rating.id == null ? -1L : rating.id).getSingleResult();
        return n.longValue() > 0;
    }

    /**
     * Writes a checked rating and its translations (null: keep the saved ones); two admins saving the same key or
     * label at once meet the unique constraints. The caller reads {@link org.factdesk.claim.RatingLabels} again once
     * this has committed.
     */
    private Rating save(Rating rating, Map<String, String> translations, FormErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (translations != null && !translations.equals(rating.translations)) {
            rating.translations.clear();
            rating.translations.putAll(translations);
        }
        try {
            rating.persistAndFlush();
        } catch (PersistenceException e) {
            String constraint = constraintName(e);
            if (constraint.contains("rating_key_uq")) {
                throw new InvalidInputException("key", text().keyJustTaken());
            }
            if (constraint.contains("rating_label_language_label_uq")) {
                // Another admin saved one of these translations for another rating a moment ago.
                FormErrors taken = new FormErrors();
                String message = localization.messages(RatingLabelMessages.class).justTaken();
                rating.translations.keySet().forEach(tag -> Language.ofTag(tag)
                        .ifPresent(language -> taken.add(fieldName(language), message)));
                throw new InvalidInputException(taken);
            }
            if (constraint.contains("rating_label_uq")) {
                throw new InvalidInputException("label", text().labelJustTaken());
            }
            throw e;
        }
        return rating;
    }

    private RatingAdminMessages text() {
        return localization.messages(RatingAdminMessages.class);
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static Integer parse(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}

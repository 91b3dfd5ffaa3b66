package org.factdesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages FactDesk's pages are written in, each named in its own words for the selects that offer it. The
 * tag is what is stored (an account's choice, the desk's default) and what {@code <html lang>} says; the message
 * bundles' localized files end in it with {@code _} for {@code -} ({@code account_pt_BR.properties}).
 */
public enum Language {
    ENGLISH("en", "English"),
    SPANISH("es", "Español"),
    FRENCH("fr", "Français"),
    PORTUGUESE_BRAZIL("pt-BR", "Português (Brasil)");

    /** The language when nothing else says which: the bundles' own texts are English. */
    public static final Language DEFAULT = ENGLISH;

    private final String tag;
    private final String ownName;
    private final Locale locale;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The IETF tag: en, es, fr, pt-BR. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a select shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language a template is rendered in, from its {@code locale} attribute (a {@link Locale}, or a tag as
     * text); English when it names none of ours. Template extensions call this for every label they write, so a
     * locale is matched against ours before any text is made of it.
     */
    public static Language ofTemplateLocale(Object locale) {
        if (locale instanceof Locale given) {
            for (Language language : values()) {
                if (language.locale.equals(given)) {
                    return language;
                }
            }
            return ofTag(given.toLanguageTag()).orElse(DEFAULT);
        }
        return ofTag(String.valueOf(locale)).orElse(DEFAULT);
    }

    /** The language with this exact tag (case and {@code _} for {@code -} do not matter); empty for anything else. */
    public static Optional<Language> ofTag(String value) {
        if (value == null || value.length() > 16) {
            return Optional.empty();
        }
        String wanted = value.strip().replace('_', '-');
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The best of our languages for an {@code Accept-Language} header, in the order of its weights; a range matches
     * by its primary language, so {@code pt} and {@code pt-PT} read Brazilian Portuguese and {@code es-MX} reads
     * Spanish. Empty when the header is absent, unreadable or names none of them ({@code *} names none).
     */
    public static Optional<Language> bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            for (Language language : values()) {
                if (language.locale.getLanguage().equals(primary)) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }
}

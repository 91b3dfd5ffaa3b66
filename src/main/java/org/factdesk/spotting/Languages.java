package org.factdesk.spotting;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.util.ULocale;

/**
 * Reads an article's language tag (BCP 47, such as {@code es} or {@code pt-BR}, typed by an editor or guessed at
 * import) for what depends on it: which sentence rules split the text, whether the English-trained ranking may read
 * all its cues, and how a page marks the text up. A blank tag, or one whose first part is not a two- or three-letter
 * language code, is unknown, and unknown text is read as English, as all text was before languages were told apart.
 */
public final class Languages {

    /** Written right to left: Arabic, Hebrew (also under its old code iw), Persian and Urdu. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur");

    private Languages() {
    }

    /** The language code in lower case ("pt" for "pt-BR"), or empty when the tag is blank or names no language. */
    public static Optional<String> code(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = locale(tag).getLanguage();
        return language.matches("[a-z]{2,3}") ? Optional.of(language) : Optional.empty();
    }

    /** The tag in its standard spelling ("pt-BR" for "pt_br"), as a page's {@code lang} attribute takes it. */
    public static Optional<String> standardTag(String tag) {
        return code(tag).map(c -> locale(tag).toLanguageTag());
    }

    /** Whether the text is read as English: it is English, or its language is unknown. */
    public static boolean readAsEnglish(String tag) {
        return code(tag).map("en"::equals).orElse(true);
    }

    /** Whether the language is written right to left. */
    public static boolean rightToLeft(String tag) {
        return code(tag).map(RIGHT_TO_LEFT::contains).orElse(false);
    }

    /** The language's English name ("Spanish" for "es-MX"); the code itself when Java knows no name for it. */
    public static Optional<String> englishName(String tag) {
        return name(tag, Locale.ENGLISH);
    }

    /**
     * The language's name as a reader of {@code reader} calls it ("Spanish", "español", "espagnol" for "es-MX"); the
     * code itself when Java knows no name for it.
     */
    public static Optional<String> name(String tag, Locale reader) {
        return code(tag).map(c -> {
            String name = Locale.forLanguageTag(c).getDisplayLanguage(reader);
            return name.isEmpty() ? c : name;
        });
    }

    /** The locale whose ICU rules split the text; English when the language is unknown. */
    static ULocale sentenceLocale(String tag) {
        return readAsEnglish(tag) ? ULocale.ENGLISH : ULocale.forLocale(locale(tag));
    }

    private static Locale locale(String tag) {
        return Locale.forLanguageTag(tag.strip().replace('_', '-'));
    }
}

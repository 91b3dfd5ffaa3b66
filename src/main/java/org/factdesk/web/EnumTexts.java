package org.factdesk.web;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * The names of an enum's constants in each language, worded once by a message bundle and then kept. A bundle
 * method that names a constant with {@code {#when}} renders a small template at every call, and the lists call
 * such names on every row (a claim's status and priority, an audit entry's kind); the texts are fixed at build
 * time, so each language's are worded on first use.
 */
public final class EnumTexts<E extends Enum<E>> {

    private final E[] constants;
    private final BiFunction<Language, E, String> wording;
    private final AtomicReferenceArray<String[]> byLanguage = new AtomicReferenceArray<>(Language.values().length);

    private EnumTexts(Class<E> type, BiFunction<Language, E, String> wording) {
        this.constants = type.getEnumConstants();
        this.wording = wording;
    }

    /** The names of {@code type}'s constants as {@code wording} gives them for a language. */
    public static <E extends Enum<E>> EnumTexts<E> of(Class<E> type, BiFunction<Language, E, String> wording) {
        return new EnumTexts<>(type, wording);
    }

    /** {@code value}'s name in {@code language}. */
    public String of(E value, Language language) {
        String[] texts = byLanguage.get(language.ordinal());
        if (texts == null) {
            texts = new String[constants.length];
            for (E constant : constants) {
                texts[constant.ordinal()] = wording.apply(language, constant);
            }
            byLanguage.set(language.ordinal(), texts);
        }
        return texts[value.ordinal()];
    }
}

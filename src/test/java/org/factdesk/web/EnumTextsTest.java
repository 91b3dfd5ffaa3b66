package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnumTextsTest {

    enum Light {
        RED, GREEN
    }

    @Test
    void eachLanguageIsWordedOnceAndKept() {
        List<String> asked = new ArrayList<>();
        EnumTexts<Light> texts = EnumTexts.of(Light.class, (language, light) -> {
            asked.add(language.tag() + ":" + light);
            return light.name().toLowerCase() + "@" + language.tag();
        });
        assertEquals("green@es", texts.of(Light.GREEN, Language.SPANISH));
        assertEquals("red@es", texts.of(Light.RED, Language.SPANISH));
        assertEquals("red@en", texts.of(Light.RED, Language.ENGLISH));
        assertEquals("green@es", texts.of(Light.GREEN, Language.SPANISH));
        assertEquals(List.of("es:RED", "es:GREEN", "en:RED", "en:GREEN"), asked,
                "a language's names are worded together on first use, and never again");
    }

    @Test
    void aTemplateLocaleNamesOneOfOurLanguagesOrEnglish() {
        assertEquals(Language.PORTUGUESE_BRAZIL, Language.ofTemplateLocale(java.util.Locale.forLanguageTag("pt-BR")));
        assertEquals(Language.FRENCH, Language.ofTemplateLocale("fr"));
        assertEquals(Language.SPANISH, Language.ofTemplateLocale(java.util.Locale.forLanguageTag("es")));
        assertEquals(Language.ENGLISH, Language.ofTemplateLocale(java.util.Locale.JAPANESE));
        assertEquals(Language.ENGLISH, Language.ofTemplateLocale(null));
    }
}

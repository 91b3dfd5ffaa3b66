package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each language is split by its own ICU sentence rules; English and unknown text keep the English rules. */
class SentenceSplitterLanguageTest {

    private static List<String> split(String tag, String text) {
        return SentenceSplitter.forLanguage(tag).split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void arabicSplitsAtItsQuestionMarkAndFullStops() {
        assertEquals(List.of(
                "أعلنت وزارة الصحة في مدينة الواحة أن عدد المرضى في قوائم الانتظار ارتفع إلى ١٢ ألفا خلال شهر مايو.",
                "وقال المتحدث باسم الوزارة إن الحكومة ستفتح ثلاث عيادات جديدة قبل نهاية العام.",
                "هل تكفي هذه الخطوة؟",
                "يرى الأطباء أن المشكلة أعمق من ذلك بكثير."), split("ar", LanguageSamples.ARABIC));
    }

    @Test
    void aHardWrappedArabicLineCarriesOnThoughItsScriptHasNoLowerCase() {
        String text = "قال المتحدث باسم الوزارة إن الحكومة ستفتح ثلاث عيادات\nجديدة قبل نهاية العام.";
        assertEquals(List.of(text), split("ar", text));
        assertEquals(2, split("en", text).size(), "the English rule wants a lower-case letter to carry on");
    }

    @Test
    void spanishTitlesAreKnownFromIcusSpanishList() {
        String text = "El Sr. García llegó el lunes. La Dra. Pérez dijo que el paro bajó al 12 %. ¿Es cierto? Sí.";
        assertEquals(List.of("El Sr. García llegó el lunes.", "La Dra. Pérez dijo que el paro bajó al 12 %.",
                "¿Es cierto?", "Sí."), split("es", text));
        assertEquals("La Dra.", split("en", text).get(1), "English knows no Dra.");
    }

    @Test
    void greekEndsAQuestionWithASemicolon() {
        String text = "Είναι αλήθεια; Ο υπουργός είπε ότι η ανεργία έπεσε.";
        assertEquals(List.of("Είναι αλήθεια;", "Ο υπουργός είπε ότι η ανεργία έπεσε."), split("el", text));
        assertEquals(List.of(text), split("en", text));
    }

    @Test
    void englishAndUnknownKeepTheEnglishRules() throws IOException {
        String text = SentenceSplitterTest.resource("edge-cases.txt") + "\n" + SentenceSplitterTest.resource("summit-talks.txt");
        List<SentenceSpan> english = new SentenceSplitter().split(text);
        for (String tag : new String[] {null, "", "en", "en-GB", "english"}) {
            assertEquals(english, SentenceSplitter.forLanguage(tag).split(text), String.valueOf(tag));
        }
    }
}

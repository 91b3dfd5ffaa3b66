package org.factdesk.spotting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Guesses the language of an article body offline, from the character n-gram profiles shipped inside the
 * language-detector library (Apache 2.0). Only the {@link #LANGUAGES} a desk most often meets are loaded: the
 * detector's tables grow with languages times n-grams, so these 24 cost about 15 MB of heap where all 70 cost about
 * 100 MB. They are read on the first guess, not at start, so an idle desk and its start-up pay nothing; that first
 * guess takes a second or so. Text in a language that is not loaded usually gets no guess, and may get a close
 * neighbour's (Galician as Portuguese); an editor can correct the language on the article's edit page.
 *
 * <p>A text with fewer than {@link #MIN_LETTERS} letters gets no guess, since n-gram counts over a headline are
 * not reliable, and neither does a text the detector is not nearly sure of: its language stays unknown, and unknown
 * text is read as English. Thread-safe.
 */
@ApplicationScoped
public class LanguageGuesser {

    /** Fewer letters than this (about two sentences) is too little text to tell similar languages apart. */
    public static final int MIN_LETTERS = 100;

    /** Only the start of a long text is read; ten thousand characters settle the question. */
    static final int MAX_CHARS = 10_000;

    /** The languages guessed: the world's larger news languages, and the four written right to left. */
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "it", "de", "nl", "ca", "ro", "pl", "sv",
            "tr", "id", "ru", "uk", "el", "ar", "he", "fa", "ur", "hi", "zh-CN", "zh-TW", "ja");

    private static final Logger LOG = Logger.getLogger(LanguageGuesser.class);

    /** The language tag (such as {@code es} or {@code zh-CN}) of the text, or empty when it cannot be told reliably. */
    public Optional<String> guess(String text) {
        if (text == null || !hasLetters(text, MIN_LETTERS)) {
            return Optional.empty();
        }
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        var found = Detector.INSTANCE.detect(Detector.TEXTS.forText(text.substring(0, end)));
        return found.isPresent() ? Optional.of(found.get().toString()) : Optional.empty();
    }

    private static boolean hasLetters(String text, int wanted) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < wanted; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= wanted;
    }

    /** Holder idiom: the profiles are read on the first guess, once. */
    private static final class Detector {
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
        static final LanguageDetector INSTANCE = load();

        private static LanguageDetector load() {
            long started = System.nanoTime();
            try {
                List<LanguageProfile> profiles = new LanguageProfileReader()
                        .readBuiltIn(LANGUAGES.stream().map(LdLocale::fromString).toList());
                LanguageDetector detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(profiles).build();
                LOG.infof("Read %d language profiles in %d ms", profiles.size(), (System.nanoTime() - started) / 1_000_000);
                return detector;
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles are missing from the build", e);
            }
        }
    }
}

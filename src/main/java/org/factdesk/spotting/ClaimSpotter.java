package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.spotting.features.CueSet;

/**
 * Claim spotting for article bodies: sentences with offsets, check-worthiness scores and claimant hints; thread-safe.
 * Each method that reads text has a form that takes the text's language tag: English, or no tag, is split and scored
 * as the model was fitted; another language is split by its own sentence rules and scored on
 * {@link CueSet#LANGUAGE_NEUTRAL} cues alone, an approximate ranking.
 */
@ApplicationScoped
public class ClaimSpotter {

    private final SentenceSplitter splitter;
    private final CheckWorthinessScorer scorer;
    private final ClaimantGuesser claimants;

    /** Loads the shipped model once. */
    public ClaimSpotter() {
        this(new SentenceSplitter(), new CheckWorthinessScorer(), new ClaimantGuesser());
    }

    /** Spots with the given scorer; the evaluation ranks held-out debates through exactly this path. */
    public ClaimSpotter(CheckWorthinessScorer scorer) {
        this(new SentenceSplitter(), scorer, new ClaimantGuesser());
    }

    ClaimSpotter(SentenceSplitter splitter, CheckWorthinessScorer scorer, ClaimantGuesser claimants) {
        this.splitter = splitter;
        this.scorer = scorer;
        this.claimants = claimants;
    }

    /** Every sentence of English {@code text} in body order, with offsets into {@code text}, score and reasons. */
    public List<SpottedSentence> spot(String text) {
        return spot(text, null);
    }

    /** {@link #spot(String)} for text in the language of {@code language}, a tag such as {@code es}, or null. */
    public List<SpottedSentence> spot(String text, String language) {
        List<SpottedSentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<SentenceSpan> spans = splitterFor(language).split(text);
        List<String> sentences = new ArrayList<>(spans.size());
        for (SentenceSpan span : spans) {
            sentences.add(span.text(text));
        }
        List<CheckWorthiness> scores = scorer.scoreAll(sentences, SentenceSplitter.paragraphStarts(text, spans),
                cuesFor(language));
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            CheckWorthiness cw = scores.get(i);
            out.add(new SpottedSentence(span.start(), span.end(), sentences.get(i), cw.score(), cw.reasons()));
        }
        return out;
    }

    /** Only the sentence boundaries of English text, for callers that do not need scores. */
    public List<SentenceSpan> sentences(String text) {
        return sentences(text, null);
    }

    /** Only the sentence boundaries of text in the language of {@code language}, or null for English. */
    public List<SentenceSpan> sentences(String text, String language) {
        return text == null ? List.of() : splitterFor(language).split(text);
    }

    /** Check-worthiness of any span of English text, such as a claim's quote. */
    public double scoreOf(String text) {
        return scoreOf(text, null);
    }

    /** Check-worthiness of any span of text in the language of {@code language}, or null for English. */
    public double scoreOf(String text, String language) {
        return text == null || text.isBlank() ? 0.0 : scorer.score(text, cuesFor(language)).score();
    }

    /** English keeps its own splitter; another language's is made for the call, ICU keeping the rules it loads. */
    private SentenceSplitter splitterFor(String language) {
        return Languages.readAsEnglish(language) ? splitter : SentenceSplitter.forLanguage(language);
    }

    private static CueSet cuesFor(String language) {
        return Languages.readAsEnglish(language) ? CueSet.ALL : CueSet.LANGUAGE_NEUTRAL;
    }

    /** Who the sentence attributes its claim to, if it says. */
    public Optional<String> suggestClaimant(String sentence) {
        return claimants.guess(sentence);
    }
}

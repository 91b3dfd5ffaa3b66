package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Claim spotting for article bodies: sentences with offsets, check-worthiness scores and claimant hints; thread-safe. */
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

    /** Every sentence of {@code text} in body order, with offsets into {@code text}, score and reasons. */
    public List<SpottedSentence> spot(String text) {
        List<SpottedSentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<SentenceSpan> spans = splitter.split(text);
        List<String> sentences = new ArrayList<>(spans.size());
        for (SentenceSpan span : spans) {
            sentences.add(span.text(text));
        }
        List<CheckWorthiness> scores = scorer.scoreAll(sentences, SentenceSplitter.paragraphStarts(text, spans));
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            CheckWorthiness cw = scores.get(i);
            out.add(new SpottedSentence(span.start(), span.end(), sentences.get(i), cw.score(), cw.reasons()));
        }
        return out;
    }

    /** Only the sentence boundaries, for callers that do not need scores. */
    public List<SentenceSpan> sentences(String text) {
        return text == null ? List.of() : splitter.split(text);
    }

    /** Check-worthiness of any span of text, such as a claim's quote. */
    public double scoreOf(String text) {
        return text == null || text.isBlank() ? 0.0 : scorer.score(text).score();
    }

    /** Who the sentence attributes its claim to, if it says. */
    public Optional<String> suggestClaimant(String sentence) {
        return claimants.guess(sentence);
    }
}

package org.factdesk.spotting.features;

/**
 * One sentence as features: {@code dense} holds the cues and word classes in the order of
 * {@link FeatureExtractor#names()}, {@code terms} the words ({@code w:}) and adjacent word pairs ({@code b:}).
 */
public record SentenceFeatures(double[] dense, String[] terms) {
}

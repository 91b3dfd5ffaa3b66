package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Claimant suggestions from common attribution patterns. */
class ClaimantGuesserTest {

    private final ClaimantGuesser guesser = new ClaimantGuesser();

    @Test
    void nameBeforeSaidAtTheEndIsTheClaimant() {
        assertEquals(Optional.of("Hale"), guesser.guess("The border will stay open, Hale said."));
    }

    @Test
    void nameAfterInvertedSaidDropsTheTitle() {
        assertEquals(Optional.of("Maria Lopez"), guesser.guess("The vaccine is safe, said Dr. Maria Lopez."));
        assertEquals(Optional.of("Maria Lopez"), guesser.guess("said Dr. Maria Lopez"));
    }

    @Test
    void accordingToGivesTheSource() {
        assertEquals(Optional.of("the ministry"), guesser.guess("According to the ministry, exports fell 4%."));
        assertEquals(Optional.of("the National Statistics Office"), guesser.guess(
                "According to the National Statistics Office, employment rose by 214,000 between the first quarter of 2024 and the last quarter of 2025."));
    }

    @Test
    void subjectOfToldIsTheClaimant() {
        assertEquals(Optional.of("Hale"), guesser.guess("Hale told reporters the talks had gone well."));
        assertEquals(Optional.of("Marsh"), guesser.guess(
                "Unemployment in Veloria's border provinces has fallen to 6.1%, its lowest since 2008, Marsh told reporters, crediting cross-border trade."));
        assertEquals(Optional.of("Arno Vasquez"), guesser.guess(
                "Finance Minister Arno Vasquez told parliament on Monday that the government had created more jobs."));
    }

    @Test
    void titlesAndAppositivesAreStripped() {
        assertEquals(Optional.of("Marsh"), guesser.guess("But Ms. Marsh said the opposition was \"not yet ready.\""));
        assertEquals(Optional.of("Ines Barros"), guesser.guess("The League's secretary-general, Dr. Ines Barros, said there were \"signs\"."));
        assertEquals(Optional.of("Vasquez"), guesser.guess("Mr. Vasquez also said the deficit would be halved by 2027."));
        assertEquals(Optional.of("the agency"), guesser.guess("Prices rose 12%year-on-year, the agency said ,citing data from Jan.–Mar. 2025."));
    }

    @Test
    void noAttributionGivesNothing() {
        assertEquals(Optional.empty(), guesser.guess("Pensions rose 4.5% in 2025."));
        assertEquals(Optional.empty(), guesser.guess("\"Nobody has done more for pensioners than we have,\" he said."));
        assertEquals(Optional.empty(), guesser.guess(""));
        assertEquals(Optional.empty(), guesser.guess(null));
    }
}

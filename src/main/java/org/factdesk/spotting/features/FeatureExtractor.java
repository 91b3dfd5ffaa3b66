package org.factdesk.spotting.features;

import java.util.ArrayList;
import java.util.List;

/** Turns one sentence into {@link SentenceFeatures}: hand cues ({@code f:}), word classes ({@code c:}), words and word pairs. */
public final class FeatureExtractor {

    private static final Cue[] CUES = Cue.values();
    private static final String[] NO_TERMS = new String[0];

    private final WordClasses classes;
    private final List<String> names;
    private final int[] classSections;
    private final long month;
    private final long date;
    private final long bigNumber;
    private final long unit;
    private final long money;
    private final long comparative;
    private final long superlative;
    private final long title;
    private final long attribution;
    private final long causal;
    private final long statistic;
    private final long change;
    private final long opinion;
    private final long hedge;
    private final long greeting;
    private final long procedural;
    private final long filler;
    private final long intensifier;
    private final long firstPerson;
    private final long firstPlural;
    private final long secondPerson;
    private final long thirdPerson;
    private final long future;
    private final long negation;
    private final long pastIrregular;
    private final long perfectAuxiliary;
    private final long notName;

    /** Reads its word lists from {@code classes}. */
    public FeatureExtractor(WordClasses classes) {
        this.classes = classes;
        List<String> n = new ArrayList<>();
        for (Cue c : CUES) {
            n.add(c.feature());
        }
        for (String c : classes.featureClasses()) {
            n.add("c:" + c);
        }
        this.names = List.copyOf(n);
        this.classSections = classes.featureSections();
        month = bit("month");
        date = bit("date");
        bigNumber = bit("big-number");
        unit = bit("unit");
        money = bit("money");
        comparative = bit("comparative");
        superlative = bit("superlative");
        title = bit("title");
        attribution = bit("attribution");
        causal = bit("causal");
        statistic = bit("statistic");
        change = bit("change");
        opinion = bit("opinion");
        hedge = bit("hedge");
        greeting = bit("greeting");
        procedural = bit("procedural");
        filler = bit("filler");
        intensifier = bit("intensifier");
        firstPerson = bit("first-person");
        firstPlural = bit("first-plural");
        secondPerson = bit("second-person");
        thirdPerson = bit("third-person");
        future = bit("future");
        negation = bit("negation");
        pastIrregular = bit("past-irregular");
        perfectAuxiliary = bit("auxiliary-perfect");
        notName = bit("not-name");
    }

    /** The extractor over the shipped word lists. */
    public static FeatureExtractor shipped() {
        return Shipped.INSTANCE;
    }

    private long bit(String section) {
        return 1L << classes.section(section);
    }

    /** Names of the dense features, in the order of {@link SentenceFeatures#dense()}: the cues, then {@code c:} classes. */
    public List<String> names() {
        return names;
    }

    /** The dense index of a cue. */
    public static int index(Cue cue) {
        return cue.ordinal();
    }

    /** The features of one sentence that {@code cues} allows; {@link CueSet#ALL} is {@link #extract(String)}. */
    public SentenceFeatures extract(String sentence, CueSet cues) {
        return cues == CueSet.ALL ? extract(sentence) : extractNeutral(sentence);
    }

    /**
     * Only the {@link CueSet#NEUTRAL_CUES} of a sentence in a language other than English, read from its characters;
     * every word class is zero and there are no words or word pairs.
     */
    private SentenceFeatures extractNeutral(String sentence) {
        Tokens t = Tokens.of(sentence);
        double[] v = new double[names.size()];
        set(v, Cue.QUANTITY, t.numbers > 0);
        set(v, Cue.DECIMAL, t.decimals > 0);
        set(v, Cue.PERCENTAGE, t.anyPercentSign);
        set(v, Cue.MONEY, t.anyCurrencySign);
        set(v, Cue.YEAR, t.years + t.otherDigitYears > 0);
        set(v, Cue.COMPARISON, t.comparisonSign);
        set(v, Cue.QUOTATION, t.quote);
        set(v, Cue.QUESTION, t.anyQuestion);
        return new SentenceFeatures(v, NO_TERMS);
    }

    /** All features of one sentence, English read as English. */
    public SentenceFeatures extract(String sentence) {
        Tokens t = Tokens.of(sentence);
        List<String> w = t.words;
        int n = w.size();
        long[] masks = new long[n];
        for (int k = 0; k < n; k++) {
            masks[k] = classes.mask(w.get(k));
        }
        double[] v = new double[names.size()];
        Counts c = new Counts();
        for (int k = 0; k < n; k++) {
            readWord(t, masks, k, c);
        }
        set(v, Cue.QUANTITY, t.numbers > 0);
        set(v, Cue.BIG_NUMBER, c.bigNumber);
        set(v, Cue.NUMBER_UNIT, c.numberUnit);
        set(v, Cue.DECIMAL, t.decimals > 0);
        set(v, Cue.PERCENTAGE, c.percentage || t.percentSign);
        set(v, Cue.MONEY, c.money || t.currencySign);
        set(v, Cue.YEAR, t.years > 0);
        set(v, Cue.DATE, c.date);
        set(v, Cue.COMPARISON, c.comparison);
        set(v, Cue.SUPERLATIVE, c.superlative);
        v[Cue.ENTITY.ordinal()] = Math.log1p(c.entities);
        set(v, Cue.ACRONYM, c.acronym);
        set(v, Cue.TITLE, c.title);
        set(v, Cue.ATTRIBUTION, c.attribution);
        set(v, Cue.QUOTATION, t.quote);
        set(v, Cue.CAUSAL, c.causal);
        v[Cue.STATISTIC.ordinal()] = Math.log1p(c.statistic);
        set(v, Cue.CHANGE, c.change);
        set(v, Cue.PROMISE, c.promise);
        v[Cue.OPINION.ordinal()] = Math.log1p(c.opinion);
        v[Cue.HEDGE.ordinal()] = Math.log1p(c.hedge);
        set(v, Cue.QUESTION, t.question);
        set(v, Cue.GREETING, c.greeting);
        v[Cue.PROCEDURAL.ordinal()] = Math.log1p(c.procedural);
        set(v, Cue.STAGE, t.bracketed);
        set(v, Cue.SHORT, n < 6);
        v[Cue.LENGTH.ordinal()] = Math.min(1.0, Math.log1p(n) / Math.log(60));
        set(v, Cue.FIRST_PERSON, c.firstPerson);
        set(v, Cue.FIRST_PLURAL, c.firstPlural);
        set(v, Cue.SECOND_PERSON, c.secondPerson);
        set(v, Cue.THIRD_PERSON, c.thirdPerson);
        set(v, Cue.THIRD_PERSON_DEED, c.thirdPersonDeed);
        set(v, Cue.FUTURE, c.future);
        set(v, Cue.NEGATION, c.negation);
        v[Cue.PAST.ordinal()] = Math.log1p(c.past);
        set(v, Cue.PERFECT, c.perfect);
        set(v, Cue.CONTINUATION, t.continuation);
        set(v, Cue.INTERRUPTED, t.interrupted);
        set(v, Cue.EXCLAMATION, t.exclamation);
        v[Cue.INTENSIFIER.ordinal()] = Math.log1p(c.intensifier);
        v[Cue.FILLER.ordinal()] = Math.log1p(c.filler);
        for (int j = 0; j < classSections.length; j++) {
            v[CUES.length + j] = Math.log1p(c.classCounts[j]);
        }
        return new SentenceFeatures(v, terms(w));
    }

    /** What the cues have found so far in a sentence. */
    private final class Counts {
        final int[] classCounts = new int[classSections.length];
        int entities;
        int statistic;
        int opinion;
        int hedge;
        int procedural;
        int past;
        int intensifier;
        int filler;
        boolean bigNumber;
        boolean numberUnit;
        boolean percentage;
        boolean money;
        boolean date;
        boolean comparison;
        boolean superlative;
        boolean acronym;
        boolean title;
        boolean attribution;
        boolean causal;
        boolean change;
        boolean promise;
        boolean greeting;
        boolean firstPerson;
        boolean firstPlural;
        boolean secondPerson;
        boolean thirdPerson;
        boolean thirdPersonDeed;
        boolean future;
        boolean negation;
        boolean perfect;
    }

    private void readWord(Tokens t, long[] masks, int k, Counts c) {
        List<String> w = t.words;
        int n = w.size();
        String word = w.get(k);
        long m = masks[k];
        String prev = k > 0 ? w.get(k - 1) : "<s>";
        String next = k + 1 < n ? w.get(k + 1) : "</s>";
        if (t.capitalised.get(k) && k > 0 && (m & notName) == 0) {
            c.entities++;
        }
        c.acronym |= t.upperCase.get(k) && (m & notName) == 0;
        c.bigNumber |= (m & bigNumber) != 0;
        c.numberUnit |= prev.equals("<num>") && (m & (unit | bigNumber | money)) != 0;
        c.money |= (m & money) != 0;
        c.percentage |= word.equals("percent") || word.equals("percentage") || (word.equals("cent") && prev.equals("per"));
        c.date |= ((m & month) != 0 && t.capitalised.get(k)) || (m & date) != 0;
        if ((m & comparative) != 0) {
            boolean positional = word.equals("up") || word.equals("down") || word.equals("over") || word.equals("under");
            c.comparison |= !positional || prev.equals("<num>");
        }
        c.superlative |= (m & superlative) != 0 || (word.endsWith("est") && word.length() > 5 && !word.endsWith("rest")
                && !word.endsWith("test") && !word.endsWith("quest"));
        c.title |= (m & title) != 0;
        if ((m & attribution) != 0) {
            c.attribution |= !word.equals("according") || next.equals("to");
        }
        if ((m & causal) != 0) {
            c.causal |= switch (word) {
                case "due", "thanks", "led", "leads" -> next.equals("to");
                case "result" -> prev.equals("a") || next.equals("of");
                default -> true;
            };
        }
        if ((m & statistic) != 0) {
            c.statistic++;
        }
        c.change |= (m & change) != 0;
        if ((m & opinion) != 0) {
            c.opinion++;
        }
        if ((m & hedge) != 0 && (!(word.equals("kind") || word.equals("sort")) || next.equals("of"))) {
            c.hedge++;
        }
        c.greeting |= (m & greeting) != 0
                || ((word.equals("evening") || word.equals("morning") || word.equals("afternoon")) && prev.equals("good"));
        readProcedural(word, prev, next, m, c);
        boolean first = (m & firstPerson) != 0;
        boolean plural = (m & firstPlural) != 0;
        c.firstPerson |= first;
        c.firstPlural |= plural;
        c.secondPerson |= (m & secondPerson) != 0;
        c.thirdPerson |= (m & thirdPerson) != 0;
        boolean futureWord = (m & future) != 0 || word.endsWith("'ll");
        c.future |= futureWord;
        // "We will", "I'm going to", "we'll": a speaker committing to something is a promise a desk can check later.
        c.promise |= (first || plural) && (word.endsWith("'ll") || followedWithin(w, masks, k, 3, future));
        c.negation |= (m & negation) != 0 || word.endsWith("n't");
        boolean pastForm = (word.length() > 4 && word.endsWith("ed")) || (m & pastIrregular) != 0;
        if (pastForm) {
            c.past++;
        }
        // "He used", "she has said", "they took": a deed told about someone else, the typical checkable accusation.
        if ((word.equals("he") || word.equals("she") || word.equals("they")) && followedByPast(w, masks, k)) {
            c.thirdPersonDeed = true;
        }
        if (((m & perfectAuxiliary) != 0 || word.endsWith("'ve")) && followedByPast(w, masks, k)) {
            c.perfect = true;
        }
        if ((m & intensifier) != 0) {
            c.intensifier++;
        }
        if ((m & filler) != 0 && k == 0) {
            c.filler++;
        }
        long classBits = m & classes.featureMask();
        if (classBits != 0) {
            for (int j = 0; j < classSections.length; j++) {
                if ((classBits & (1L << classSections[j])) != 0) {
                    c.classCounts[j]++;
                }
            }
        }
    }

    private void readProcedural(String word, String prev, String next, long m, Counts c) {
        if ((m & procedural) != 0) {
            c.procedural++;
        }
        if ((word.equals("move") || word.equals("moving")) && next.equals("on")) {
            c.procedural += 2;
        }
        if (word.equals("back") && prev.equals("right")) {
            c.procedural += 2;
        }
        if (word.equals("let's") || word.equals("lets")) {
            c.procedural++;
        }
    }

    private static boolean followedWithin(List<String> w, long[] masks, int k, int window, long bits) {
        for (int j = k + 1; j < Math.min(w.size(), k + 1 + window); j++) {
            if ((masks[j] & bits) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean followedByPast(List<String> w, long[] masks, int k) {
        for (int j = k + 1; j < Math.min(w.size(), k + 3); j++) {
            String x = w.get(j);
            if ((x.length() > 4 && x.endsWith("ed")) || (masks[j] & pastIrregular) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String[] terms(List<String> w) {
        int n = w.size();
        String[] out = new String[n == 0 ? 0 : 2 * n + 1];
        String prev = "<s>";
        for (int k = 0; k < n; k++) {
            String word = w.get(k);
            out[2 * k] = "w:" + word;
            out[2 * k + 1] = "b:" + prev + '_' + word;
            prev = word;
        }
        if (n > 0) {
            out[2 * n] = "b:" + prev + "_</s>";
        }
        return out;
    }

    private static void set(double[] v, Cue cue, boolean on) {
        if (on) {
            v[cue.ordinal()] = 1;
        }
    }

    /** Holder idiom: built on first use. */
    private static final class Shipped {
        static final FeatureExtractor INSTANCE = new FeatureExtractor(WordClasses.shipped());
    }
}

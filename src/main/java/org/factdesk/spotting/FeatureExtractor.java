package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a sentence into named features: hand cues that double as reasons ({@code f:}), words ({@code w:}) and word pairs ({@code b:}). */
final class FeatureExtractor {

    static final String QUANTITY = "f:quantity";
    static final String BIG_NUMBER = "f:big-number";
    static final String PERCENTAGE = "f:percentage";
    static final String MONEY = "f:money";
    static final String YEAR = "f:year";
    static final String DATE = "f:date";
    static final String COMPARISON = "f:comparison";
    static final String SUPERLATIVE = "f:superlative";
    static final String ENTITY = "f:named-entity";
    static final String TITLE = "f:title";
    static final String ATTRIBUTION = "f:attribution";
    static final String QUOTATION = "f:quotation";
    static final String CAUSAL = "f:causal";
    static final String STATISTIC = "f:statistic";
    static final String CHANGE = "f:change";
    static final String OPINION = "f:opinion";
    static final String QUESTION = "f:question";
    static final String GREETING = "f:greeting";
    static final String PROCEDURAL = "f:procedural";
    static final String SHORT = "f:short";
    static final String LENGTH = "f:length";
    static final String FIRST_PERSON = "f:first-person";
    static final String SECOND_PERSON = "f:second-person";
    static final String FUTURE = "f:future";
    static final String NEGATION = "f:negation";
    static final String PAST = "f:past";

    /** Reasons an editor sees; several cues may share one reason. */
    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry(QUANTITY, "quantity"), Map.entry(BIG_NUMBER, "quantity"),
            Map.entry(PERCENTAGE, "percentage"), Map.entry(MONEY, "money"),
            Map.entry(YEAR, "date"), Map.entry(DATE, "date"),
            Map.entry(COMPARISON, "comparison"), Map.entry(SUPERLATIVE, "superlative"),
            Map.entry(ENTITY, "named entity"), Map.entry(TITLE, "named entity"),
            Map.entry(ATTRIBUTION, "attribution"), Map.entry(QUOTATION, "quotation"),
            Map.entry(CAUSAL, "causal language"), Map.entry(STATISTIC, "statistics"),
            Map.entry(CHANGE, "statistics"),
            Map.entry(OPINION, "opinion"), Map.entry(QUESTION, "question"),
            Map.entry(GREETING, "greeting"), Map.entry(PROCEDURAL, "procedural"),
            Map.entry(SHORT, "very short"));

    /** Cues that argue against checking; shown only when they pull the score down. */
    static final Set<String> NEGATIVE_CUES = Set.of(OPINION, QUESTION, GREETING, PROCEDURAL, SHORT);

    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Set<String> DATE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
            "ago", "decade", "decades", "century", "quarter", "annual", "annually", "yearly", "monthly",
            "weekly", "since", "year", "years", "months", "1990s", "2000s", "'90s", "’90s", "'80s");
    private static final Set<String> BIG_NUMBERS = Set.of(
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "trillions", "dozen", "dozens", "half", "third", "quarter", "twice", "double",
            "triple", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "mln", "bn", "m", "k");
    private static final Set<String> MONEY_WORDS = Set.of(
            "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "cents", "budget", "cost",
            "costs", "spend", "spent", "spending", "pay", "paid", "price", "prices", "funding", "fund",
            "funds", "money", "taxpayer", "taxpayers", "wages", "salary", "income", "revenue");
    private static final Set<String> COMPARATIVES = Set.of(
            "than", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater",
            "faster", "slower", "cheaper", "compared", "versus", "vs", "outpaced", "exceeds", "exceeded",
            "above", "below", "behind", "ahead", "up", "down", "over", "under", "doubled", "tripled",
            "halved", "times");
    private static final Set<String> SUPERLATIVES = Set.of(
            "most", "least", "best", "worst", "highest", "lowest", "largest", "biggest", "smallest",
            "greatest", "fastest", "slowest", "strongest", "weakest", "richest", "poorest", "first",
            "last", "only", "ever", "record", "never", "top", "unprecedented", "all-time", "single");
    private static final Set<String> TITLES = Set.of(
            "president", "minister", "premier", "senator", "governor", "secretary", "chancellor",
            "mayor", "congressman", "congresswoman", "speaker", "ambassador", "envoy", "spokesperson",
            "spokesman", "spokeswoman", "director", "commissioner", "chairman", "chairwoman", "ceo",
            "general", "judge", "dr.", "mr.", "mrs.", "ms.", "prof.", "gov.", "sen.", "rep.");
    private static final Set<String> ATTRIBUTIONS = Set.of(
            "said", "says", "told", "reported", "reports", "estimated", "estimates", "announced",
            "claimed", "claims", "stated", "testified", "confirmed", "denied", "admitted", "wrote",
            "tweeted", "show", "shows", "showed", "found", "according", "insisted", "warned", "noted");
    private static final Set<String> CAUSAL_WORDS = Set.of(
            "because", "caused", "causes", "cause", "causing", "therefore", "consequently", "thanks",
            "result", "resulted", "resulting", "due", "led", "leads", "blamed", "responsible");
    private static final Set<String> STATISTIC_WORDS = Set.of(
            "rate", "rates", "percent", "percentage", "million", "billion", "trillion", "increase",
            "increased", "increases", "decline", "declined", "declines", "record", "average", "median",
            "unemployment", "employment", "jobs", "tax", "taxes", "deficit", "debt", "growth", "gdp",
            "wages", "income", "incomes", "crime", "murders", "number", "numbers", "total", "data",
            "figures", "survey", "poll", "statistics", "inflation", "economy", "trade", "exports",
            "imports", "budget", "population", "per", "capita", "nation", "country", "countries",
            "workers", "people", "killed", "deaths", "died", "votes", "law", "bill", "voted");
    private static final Set<String> CHANGE_WORDS = Set.of(
            "rose", "rise", "rising", "risen", "fell", "fall", "fallen", "falling", "dropped", "drop",
            "grew", "grown", "grow", "growing", "doubled", "tripled", "halved", "cut", "cuts", "raised",
            "lowered", "reduced", "increased", "decreased", "gained", "lost", "lose", "created", "added",
            "surged", "plunged", "soared", "jumped", "climbed", "went", "gone");
    private static final Set<String> OPINION_WORDS = Set.of(
            "should", "great", "terrible", "wonderful", "amazing", "beautiful", "fantastic", "horrible",
            "incredible", "proud", "love", "hope", "believe", "think", "feel", "wish", "awful", "nice",
            "good", "bad", "disgrace", "disgraceful", "shame", "sad", "happy", "glad", "honored",
            "honoured", "opinion", "frankly", "absolutely", "deserve", "deserves", "ought", "bold",
            "fair", "unfair", "strong", "tremendous", "perfect", "special", "truly");
    private static final Set<String> GREETING_WORDS = Set.of(
            "thank", "thanks", "welcome", "hello", "congratulations", "congratulate", "appreciate",
            "applause", "laughter", "goodnight", "cheers", "bless");
    private static final Set<String> PROCEDURAL_WORDS = Set.of(
            "question", "questions", "minute", "minutes", "seconds", "answer", "respond", "response",
            "rebuttal", "moderator", "audience", "break", "tonight", "debate", "stage", "ahead",
            "please", "allowed", "rules", "topic", "segment", "turn", "crosstalk", "inaudible", "okay",
            "ok", "yeah", "alright");
    private static final Set<String> FIRST_PERSON_WORDS = Set.of("i", "me", "my", "mine", "i'm", "i've", "i'll", "i'd");
    private static final Set<String> SECOND_PERSON_WORDS = Set.of("you", "your", "yours", "you're", "you've");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "going", "gonna", "would", "'ll", "plan", "promise");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "don't", "didn't", "doesn't", "won't", "can't", "isn't", "wasn't");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'll", "i'd", "ok", "okay", "mr.", "mrs.", "ms.", "dr.");

    private FeatureExtractor() {
    }

    /** Lower-cased tokens of a sentence plus the few character-level facts the cues need. */
    static final class Tokens {
        final List<String> words = new ArrayList<>();
        final List<Boolean> capitalised = new ArrayList<>();
        int numbers;
        int years;
        boolean percentSign;
        boolean currencySign;
        boolean quote;
        boolean question;
    }

    static Tokens tokenize(String s) {
        Tokens t = new Tokens();
        int n = s.length();
        int i = 0;
        StringBuilder sb = new StringBuilder(24);
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.setLength(0);
                boolean cap = Character.isUpperCase(c);
                int start = i;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        sb.append(Character.toLowerCase(d));
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                        sb.append(d == '’' ? '\'' : d);
                        i++;
                    } else {
                        break;
                    }
                }
                // Keep the stop of a title ("dr.") so titles are told apart from sentence ends.
                if (i < n && s.charAt(i) == '.' && i - start <= 4 && cap) {
                    String candidate = sb.toString() + '.';
                    if (TITLES.contains(candidate)) {
                        sb.append('.');
                    }
                }
                t.words.add(sb.toString());
                t.capitalised.add(cap);
            } else if (Character.isDigit(c)) {
                int start = i;
                int digits = 0;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isDigit(d)) {
                        digits++;
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                t.numbers++;
                if (digits == 4 && i - start == 4) {
                    char a = s.charAt(start);
                    char b = s.charAt(start + 1);
                    if ((a == '1' && b == '9') || (a == '2' && b == '0')) {
                        t.years++;
                    }
                }
                t.words.add("<num>");
                t.capitalised.add(false);
            } else {
                switch (c) {
                    case '%' -> t.percentSign = true;
                    case '$', '€', '£', '¥' -> t.currencySign = true;
                    case '"', '“', '”', '«', '»' -> t.quote = true;
                    default -> {
                    }
                }
                i++;
            }
        }
        int last = n - 1;
        while (last >= 0 && (Character.isWhitespace(s.charAt(last)) || "\"”’')".indexOf(s.charAt(last)) >= 0)) {
            last--;
        }
        t.question = last >= 0 && (s.charAt(last) == '?' || s.charAt(last) == '？');
        return t;
    }

    /** All features of a sentence with their values; absent features are zero. */
    static Map<String, Double> extract(String sentence) {
        Tokens t = tokenize(sentence);
        Map<String, Double> f = new HashMap<>(64);
        List<String> w = t.words;
        int n = w.size();
        int entities = 0;
        boolean bigNumber = false;
        boolean money = t.currencySign;
        boolean percentage = t.percentSign;
        boolean date = false;
        boolean comparison = false;
        boolean superlative = false;
        boolean title = false;
        boolean attribution = false;
        boolean causal = false;
        int statistic = 0;
        boolean change = false;
        int opinion = 0;
        boolean greeting = false;
        int procedural = 0;
        boolean firstPerson = false;
        boolean secondPerson = false;
        boolean future = false;
        boolean negation = false;
        int past = 0;
        String prev = "<s>";
        for (int k = 0; k < n; k++) {
            String word = w.get(k);
            if (t.capitalised.get(k) && k > 0 && !NOT_NAMES.contains(word)) {
                entities++;
            }
            if (BIG_NUMBERS.contains(word)) {
                bigNumber = true;
            }
            if (MONEY_WORDS.contains(word)) {
                money |= word.startsWith("dollar") || word.startsWith("euro") || word.equals("cents") || word.startsWith("pound");
            }
            if (word.equals("percent") || word.equals("percentage") || (word.equals("cent") && prev.equals("per"))) {
                percentage = true;
            }
            if ((MONTHS.contains(word) && t.capitalised.get(k)) || DATE_WORDS.contains(word)) {
                date = true;
            }
            if (COMPARATIVES.contains(word)) {
                comparison |= !word.equals("up") && !word.equals("down") && !word.equals("over") && !word.equals("under") || prev.equals("<num>");
            }
            if (SUPERLATIVES.contains(word) || (word.endsWith("est") && word.length() > 5 && !word.endsWith("rest") && !word.endsWith("test") && !word.endsWith("quest"))) {
                superlative = true;
            }
            if (TITLES.contains(word)) {
                title = true;
            }
            if (ATTRIBUTIONS.contains(word)) {
                attribution |= !word.equals("according") || (k + 1 < n && w.get(k + 1).equals("to"));
            }
            if (CAUSAL_WORDS.contains(word)) {
                causal |= switch (word) {
                    case "due", "thanks" -> k + 1 < n && w.get(k + 1).equals("to");
                    case "led", "leads" -> k + 1 < n && w.get(k + 1).equals("to");
                    case "result" -> prev.equals("a") || (k + 1 < n && w.get(k + 1).equals("of"));
                    default -> true;
                };
            }
            if (STATISTIC_WORDS.contains(word)) {
                statistic++;
            }
            if (CHANGE_WORDS.contains(word)) {
                change = true;
            }
            if (OPINION_WORDS.contains(word)) {
                opinion++;
            }
            if (GREETING_WORDS.contains(word) || (word.equals("evening") || word.equals("morning") || word.equals("afternoon")) && prev.equals("good")) {
                greeting = true;
            }
            if (PROCEDURAL_WORDS.contains(word)) {
                procedural++;
            }
            if ((word.equals("move") || word.equals("moving")) && k + 1 < n && w.get(k + 1).equals("on")) {
                procedural += 2;
            }
            if (word.equals("back") && prev.equals("right")) {
                procedural += 2;
            }
            if (word.equals("let's") || word.equals("lets")) {
                procedural++;
            }
            firstPerson |= FIRST_PERSON_WORDS.contains(word);
            secondPerson |= SECOND_PERSON_WORDS.contains(word);
            future |= FUTURE_WORDS.contains(word) || word.endsWith("'ll");
            negation |= NEGATIONS.contains(word) || word.endsWith("n't");
            if (word.length() > 4 && word.endsWith("ed")) {
                past++;
            }
            prev = word;
        }
        put(f, QUANTITY, t.numbers > 0 ? 1 : 0);
        put(f, BIG_NUMBER, bigNumber ? 1 : 0);
        put(f, PERCENTAGE, percentage ? 1 : 0);
        put(f, MONEY, money ? 1 : 0);
        put(f, YEAR, t.years > 0 ? 1 : 0);
        put(f, DATE, date ? 1 : 0);
        put(f, COMPARISON, comparison ? 1 : 0);
        put(f, SUPERLATIVE, superlative ? 1 : 0);
        put(f, ENTITY, Math.log1p(entities));
        put(f, TITLE, title ? 1 : 0);
        put(f, ATTRIBUTION, attribution ? 1 : 0);
        put(f, QUOTATION, t.quote ? 1 : 0);
        put(f, CAUSAL, causal ? 1 : 0);
        put(f, STATISTIC, Math.log1p(statistic));
        put(f, CHANGE, change ? 1 : 0);
        put(f, OPINION, Math.log1p(opinion));
        put(f, QUESTION, t.question ? 1 : 0);
        put(f, GREETING, greeting ? 1 : 0);
        put(f, PROCEDURAL, Math.log1p(procedural));
        put(f, SHORT, n < 6 ? 1 : 0);
        put(f, LENGTH, Math.min(1.0, Math.log1p(n) / Math.log(60)));
        put(f, FIRST_PERSON, firstPerson ? 1 : 0);
        put(f, SECOND_PERSON, secondPerson ? 1 : 0);
        put(f, FUTURE, future ? 1 : 0);
        put(f, NEGATION, negation ? 1 : 0);
        put(f, PAST, Math.log1p(past));
        prev = "<s>";
        for (int k = 0; k < n; k++) {
            String word = w.get(k);
            f.put("w:" + word, 1.0);
            f.put("b:" + prev + '_' + word, 1.0);
            prev = word;
        }
        if (n > 0) {
            f.put("b:" + prev + "_</s>", 1.0);
        }
        return f;
    }

    private static void put(Map<String, Double> f, String name, double value) {
        if (value != 0) {
            f.put(name, value);
        }
    }
}

package org.factdesk.scale;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.factdesk.scale.Vocabulary.Verb;

/**
 * A small grammar over the {@link Vocabulary}: check-worthy sentences with numbers, people, places and attribution
 * in a dozen shapes and many lengths, background sentences, titles, verdict texts, sources, comments and notes.
 */
final class TextMaker {

    /** A sentence that becomes a claim: its full text, the checkable core without attribution, and who said it. */
    record ClaimText(String sentence, String core, String claimant) {
    }

    /** A source a verdict cites. */
    record SourceText(String url, String title, String publisher, String excerpt) {
    }

    private static final String[] DOMAINS = { "stats.example.org", "data.example.gov", "www.example.int",
        "opendata.example.net", "archive.example.org", "parliament.example.gov", "www.example-news.com" };
    private static final String[] WEEKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday" };

    private final Vocabulary v;

    TextMaker(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    // ------------------------------------------------------------------------------------------------ numbers

    String percent(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> (1 + r.nextInt(60)) + "%";
            case 1 -> (r.nextInt(40)) + "." + r.nextInt(10) + "%";
            case 2 -> (1 + r.nextInt(90)) + " per cent";
            default -> (2 + r.nextInt(30)) + " percentage points";
        };
    }

    String amount(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> String.format(Locale.ROOT, "%,d", 100 + r.nextInt(99_000));
            case 1 -> (1 + r.nextInt(9)) + "." + r.nextInt(10) + " million";
            case 2 -> "one in " + (2 + r.nextInt(9));
            case 3 -> (2 + r.nextInt(9)) + " out of 10";
            case 4 -> "nearly " + (10 + r.nextInt(90)) + ",000";
            case 5 -> "more than " + (2 + r.nextInt(500));
            default -> String.valueOf(3 + r.nextInt(997));
        };
    }

    String money(Random r) {
        String[] currency = { "€", "£", "$" };
        String c = currency[r.nextInt(currency.length)];
        return switch (r.nextInt(4)) {
            case 0 -> c + (1 + r.nextInt(900)) + "m";
            case 1 -> c + (1 + r.nextInt(40)) + "." + r.nextInt(10) + "bn";
            case 2 -> c + String.format(Locale.ROOT, "%,d", 50 + r.nextInt(20_000));
            default -> (2 + r.nextInt(98)) + " million " + (c.equals("€") ? "euros" : c.equals("£") ? "pounds"
                    : "dollars");
        };
    }

    int year(Random r) {
        return 1985 + r.nextInt(41);
    }

    String timeRef(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "last year";
            case 1 -> "since " + year(r);
            case 2 -> "in the past decade";
            case 3 -> "between " + (2000 + r.nextInt(15)) + " and " + (2016 + r.nextInt(10));
            case 4 -> "this " + (r.nextBoolean() ? "month" : "quarter");
            case 5 -> "in " + Month.of(1 + r.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 6 -> "over the last " + (2 + r.nextInt(9)) + " years";
            case 7 -> "since the " + (r.nextBoolean() ? "election" : "pandemic");
            default -> "in " + year(r);
        };
    }

    // -------------------------------------------------------------------------------------------- noun phrases

    String plural(Random r) {
        int i = v.nouns.words.indexOf(v.nouns.next(r));
        return v.plurals.get(i);
    }

    /** "the number of nurses in Porto", "overcrowded prisons", "the council's housing budget"… */
    String subject(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "the number of " + plural(r) + " in " + v.place(r);
            case 1 -> v.adjectives.next(r) + " " + plural(r);
            case 2 -> "the " + v.place(r) + " " + v.nouns.next(r) + " " + v.nouns.next(r);
            case 3 -> "spending on " + plural(r);
            case 4 -> "the " + v.adjectives.next(r) + " " + v.nouns.next(r) + " rate";
            default -> "the cost of " + v.nouns.next(r);
        };
    }

    String objectPhrase(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "the " + v.adjectives.next(r) + " " + v.nouns.next(r);
            case 1 -> amount(r) + " " + plural(r);
            case 2 -> "its " + v.nouns.next(r) + " " + v.nouns.next(r);
            default -> plural(r) + " in " + v.place(r);
        };
    }

    /** Who said it as a sentence names them: "Ana Costa, the Porto mayor," or "mayor Ana Costa". */
    private String describedPerson(Random r, String person) {
        return switch (r.nextInt(3)) {
            case 0 -> person + ", the " + v.place(r) + " " + v.roles.next(r) + ",";
            case 1 -> v.roles.next(r) + " " + person;
            default -> person;
        };
    }

    // --------------------------------------------------------------------------------------------- sentences

    ClaimText claim(Random r) {
        String who = v.person(r);
        String said = describedPerson(r, who);
        Verb verb = v.verb(r);
        String core;
        String sentence;
        switch (r.nextInt(12)) {
            case 0 -> {
                core = cap(subject(r)) + " " + verb.past() + " by " + percent(r) + " " + timeRef(r);
                sentence = core + ", " + said + " said.";
            }
            case 1 -> {
                core = cap(subject(r)) + " had " + verb.participle() + " " + objectPhrase(r) + " " + timeRef(r);
                sentence = cap(said) + " said that " + lowerFirst(core) + ".";
            }
            case 2 -> {
                core = cap(subject(r)) + " is " + (r.nextBoolean() ? "higher" : "lower") + " than at any time since "
                        + year(r);
                sentence = "According to " + v.organisation(r) + ", " + lowerFirst(core) + ".";
                who = r.nextInt(3) == 0 ? who : null;
            }
            case 3 -> {
                core = "We have " + verb.participle() + " " + plural(r) + " by " + percent(r);
                sentence = "“" + core + ",” said " + said.replaceAll(",$", "") + ", speaking in " + v.place(r) + ".";
            }
            case 4 -> {
                String a = v.place(r);
                String b = v.place(r);
                core = a + " now has " + (r.nextBoolean() ? "more" : "fewer") + " " + plural(r) + " per head than "
                        + b;
                sentence = core + ", " + said + " claimed in a " + v.nouns.next(r) + " " + WEEKDAYS[r.nextInt(7)]
                        + ".";
            }
            case 5 -> {
                core = cap(amount(r)) + " " + plural(r) + " in " + v.place(r) + " " + verb.past() + " "
                        + objectPhrase(r);
                sentence = core + ", " + said + " told reporters.";
            }
            case 6 -> {
                core = "The " + v.adjectives.next(r) + " " + v.nouns.next(r) + " " + verb.past() + " " + money(r)
                        + " last year, the " + (r.nextBoolean() ? "highest" : "lowest") + " figure since " + year(r);
                sentence = core + ".";
                who = r.nextInt(4) == 0 ? who : null;
            }
            case 7 -> {
                core = cap(v.organisation(r)) + " " + verb.past() + " " + amount(r) + " " + plural(r)
                        + " because " + v.organisation(r) + " " + v.verb(r).past() + " the " + v.nouns.next(r) + " "
                        + v.nouns.next(r);
                sentence = cap(said) + " claimed " + lowerFirst(core) + ".";
            }
            case 8 -> {
                core = cap(subject(r)) + " " + verb.past() + " " + v.adverbs.next(r) + " " + timeRef(r)
                        + " after " + v.organisation(r) + " " + v.verb(r).past() + " the " + v.adjectives.next(r)
                        + " " + v.nouns.next(r) + " for " + plural(r);
                sentence = core + ", which " + said + " said cost " + money(r) + " and " + v.verb(r).past() + " "
                        + amount(r) + " " + plural(r) + " across " + v.place(r) + ".";
            }
            case 9 -> {
                core = cap(plural(r)) + " " + verb.past() + " " + percent(r) + " in " + v.place(r);
                sentence = core + ".";
                who = null;
            }
            case 10 -> {
                core = "Every " + v.nouns.next(r) + " in " + v.place(r) + " will " + verb.base() + " "
                        + objectPhrase(r) + " by " + (2026 + r.nextInt(10));
                sentence = cap(said) + " promised that " + lowerFirst(core) + ", adding that " + subject(r)
                        + " had " + v.verb(r).participle() + " " + timeRef(r) + ".";
            }
            default -> {
                core = cap(subject(r)) + " " + verb.third() + " " + money(r) + " a year, " + amount(r) + " "
                        + plural(r) + " more than in " + v.place(r);
                sentence = core + ", " + said + " wrote on social media.";
            }
        }
        if (r.nextInt(5) == 0 && sentence.length() < 400) {
            // Longer sentences: a trailing clause with more names and numbers.
            sentence = sentence.substring(0, sentence.length() - 1) + ", " + (r.nextBoolean() ? "while " : "and ")
                    + subject(r) + " " + v.verb(r).past() + " " + percent(r) + " in " + v.place(r) + ".";
        }
        return new ClaimText(sentence.replace(",,", ","), core + ".", who);
    }

    /** A sentence of the article around the claims: scene, background, attribution, no verdict-worthy figure. */
    String filler(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> cap(v.organisation(r)) + " did not respond to a request for comment.";
            case 1 -> "Reporters visited " + v.place(r) + " on " + WEEKDAYS[r.nextInt(7)] + ".";
            case 2 -> v.person(r) + " declined to comment on the " + v.nouns.next(r) + ".";
            case 3 -> "The debate on " + plural(r) + " continued into the evening.";
            case 4 -> "Residents of " + v.place(r) + " have long complained about " + plural(r) + ".";
            case 5 -> "The " + v.nouns.next(r) + " is expected to be discussed again next " + (r.nextBoolean()
                    ? "week" : "month") + ".";
            case 6 -> "Critics say the " + v.adjectives.next(r) + " " + v.nouns.next(r) + " is not enough.";
            case 7 -> "The " + v.roles.next(r) + " spoke to a crowd outside the " + v.nouns.next(r) + ".";
            case 8 -> "Questions remain about the " + v.nouns.next(r) + " and the " + v.nouns.next(r) + ".";
            default -> "It is not the first time " + plural(r) + " have made headlines in " + v.place(r) + ".";
        };
    }

    String title(Random r, String topic) {
        return switch (r.nextInt(6)) {
            case 0 -> v.place(r) + " " + v.nouns.next(r) + " " + v.verb(r).past() + " by " + percent(r) + ", says "
                    + v.roles.next(r);
            case 1 -> "What the " + v.roles.next(r) + " said about " + topic.replace('-', ' ') + ": full transcript";
            case 2 -> "Live: " + v.place(r) + " council debate on " + plural(r);
            case 3 -> v.person(r) + " on " + plural(r) + ", " + plural(r) + " and the " + v.nouns.next(r);
            case 4 -> "Election " + (2019 + r.nextInt(8)) + ": the " + topic.replace('-', ' ') + " debate in "
                    + v.place(r);
            default -> "Inside the row over " + v.adjectives.next(r) + " " + plural(r) + " in " + v.place(r);
        };
    }

    String outlet(Random r) {
        return v.outlets.get(r.nextInt(v.outlets.size()));
    }

    String byline(Random r) {
        return r.nextInt(10) == 0 ? "Staff reporter" : v.person(r);
    }

    String topic(Random r) {
        return v.topics.get(r.nextInt(v.topics.size()));
    }

    // ---------------------------------------------------------------------------------------- review texts

    String summary(Random r, String rating) {
        String s = switch (rating) {
            case "true" -> "Correct: " + v.organisation(r) + " figures show " + percent(r) + " for " + year(r) + ".";
            case "mostly-true" -> "Broadly right, but the figure is for " + year(r) + ", not " + year(r) + ".";
            case "half-true" -> "The number is right but leaves out " + plural(r) + " in " + v.place(r) + ".";
            case "mostly-false" -> "The official figure is " + percent(r) + ", not " + percent(r) + ".";
            case "false" -> "No: " + v.organisation(r) + " recorded " + amount(r) + ", not " + amount(r) + ".";
            case "misleading" -> "The figure is real but compares " + plural(r) + " with " + plural(r) + ".";
            default -> "No published data covers " + plural(r) + " in " + v.place(r) + ".";
        };
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }

    String analysis(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append("The claim cites **").append(v.organisation(r)).append("**. ").append(filler(r)).append(' ')
                .append("Its ").append(year(r)).append(" release gives ").append(percent(r)).append(" for ")
                .append(plural(r)).append(", and ").append(amount(r)).append(" ").append(plural(r)).append(" in ")
                .append(v.place(r)).append(".\n\n");
        int points = 1 + r.nextInt(3);
        for (int i = 0; i < points; i++) {
            sb.append("- ").append(cap(subject(r))).append(" ").append(v.verb(r).past()).append(" ")
                    .append(percent(r)).append(" ").append(timeRef(r)).append(".\n");
        }
        sb.append("\nWe asked ").append(v.person(r)).append(" for the source of the figure; ")
                .append(r.nextBoolean() ? "they pointed to the same table." : "we had no answer by publication.");
        return sb.toString();
    }

    SourceText source(Random r) {
        String org = stripThe(v.organisation(r));
        int year = 2000 + r.nextInt(26);
        String domain = DOMAINS[r.nextInt(DOMAINS.length)];
        String url = "https://" + domain + "/" + slug(org) + "/" + year + "/" + (r.nextBoolean() ? "table-"
                + (1 + r.nextInt(40)) : slug(v.nouns.next(r)) + "-" + (1 + r.nextInt(900)));
        String title = switch (r.nextInt(4)) {
            case 0 -> org + " annual report " + year;
            case 1 -> cap(plural(r)) + " by region, " + year;
            case 2 -> "Transcript: " + v.roles.next(r) + " briefing, " + WEEKDAYS[r.nextInt(7)];
            default -> cap(v.nouns.next(r)) + " statistics, " + Month.of(1 + r.nextInt(12))
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
        };
        String excerpt = r.nextInt(3) == 0 ? null : "Table " + (1 + r.nextInt(30)) + " gives " + amount(r) + " "
                + plural(r) + " for " + year + ".";
        return new SourceText(url, title, org, excerpt);
    }

    String comment(Random r, List<String> colleagues) {
        return switch (r.nextInt(7)) {
            case 0 -> "Called " + v.organisation(r) + "; waiting for their figures.";
            case 1 -> "@" + colleagues.get(r.nextInt(colleagues.size())) + " can you check the " + year(r)
                    + " series?";
            case 2 -> "Found the release: " + source(r).url();
            case 3 -> "Is this the same claim as the one from " + v.place(r) + " last " + WEEKDAYS[r.nextInt(7)]
                    + "?";
            case 4 -> "Their press office says the table was revised in " + Month.of(1 + r.nextInt(12))
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
            case 5 -> "The " + plural(r) + " figure is **per head**, not the total. Worth saying in the summary.";
            default -> "Checked with " + v.person(r) + " at " + stripThe(v.organisation(r)) + ": the " + amount(r)
                    + " figure is right.";
        };
    }

    String returnNote(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "Add the " + stripThe(v.organisation(r)) + " source for the " + year(r) + " figure.";
            case 1 -> "The summary contradicts the rating; please fix one of them.";
            case 2 -> "Say which year the " + plural(r) + " figure is for.";
            default -> "Please quote the table, not the press release.";
        };
    }

    String dismissReason(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "Opinion, not a checkable claim.";
            case 1 -> "Duplicate of a claim already checked.";
            case 2 -> "A prediction about " + plural(r) + "; cannot be checked yet.";
            case 3 -> "Too vague to check.";
            default -> "Out of scope for the desk: not about " + v.place(r) + ".";
        };
    }

    String correctionNote(Random r, LocalDate day) {
        return "Corrected on " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + ": the first version gave the " + year(r) + " figure for " + plural(r) + ".";
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static String cap(String s) {
        return Vocabulary.capitalise(s);
    }

    static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.charAt(1)) || s.startsWith("I ")) {
            return s;
        }
        // Leave names alone: only lower a sentence-initial common word.
        return s.startsWith("The ") || s.startsWith("Spending ") || s.startsWith("Every ")
                || Character.isLowerCase(s.charAt(0)) ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}

package org.factdesk.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The words the scale seeder writes with: news nouns, verbs, adjectives, people, places and organisations, each
 * list in rough order of frequency and drawn with a Zipf-like distribution, plus a few thousand made-up place and
 * company names for the long tail of rare words.
 */
final class Vocabulary {

    /** Draws an index in {@code [0, n)} with probability falling as 1 / (rank + 1)^s, by binary search in a CDF. */
    static final class Zipf {
        private final double[] cdf;

        Zipf(int n, double s) {
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cdf[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
        }

        int next(Random random) {
            int i = Arrays.binarySearch(cdf, random.nextDouble());
            return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
        }
    }

    /** A word list with its sampler. */
    static final class Words {
        final List<String> words;
        private final Zipf zipf;

        Words(List<String> words, double s) {
            this.words = List.copyOf(words);
            this.zipf = new Zipf(words.size(), s);
        }

        String next(Random random) {
            return words.get(zipf.next(random));
        }

        /** Any word, all equally likely. */
        String uniform(Random random) {
            return words.get(random.nextInt(words.size()));
        }
    }

    /** A verb's forms: base, third person, past, past participle, -ing. */
    record Verb(String base, String third, String past, String participle, String ing) {
    }

    // Nouns a desk's claims are about, most common first; "singular/plural" where the plural is irregular.
    private static final String NOUNS = """
            people/people government year tax job rate price school hospital money/money budget growth/growth
            crime/crime police/police vote election economy inflation/inflation unemployment/unemployment wage rent house family child student teacher doctor nurse
            worker business company market bank loan debt deficit pension benefit health/health care/care patient bed
            ambulance waiting/waiting emergency road bus train rail fare station airport flight car fuel petrol
            energy/energy bill electricity/electricity gas water/water river flood drought climate emission carbon forest farm farmer crop
            food/food harvest immigration/immigration migrant border refugee asylum visa city town village council mayor minister
            party leader member parliament law court judge prison sentence officer army soldier war weapon treaty
            trade export import tariff factory plant mine steel coal oil wind solar battery grid investment
            fund grant subsidy spending cut salary contract strike union protest survey poll study report figure
            statistic percentage number record decade month week day quarter region district province state county
            neighbourhood street park library museum church mosque temple festival tourist hotel restaurant shop
            retailer consumer customer supplier startup vaccine virus disease cancer diabetes obesity drug overdose
            addiction clinic surgery operation treatment medicine pharmacy insurance premium claim fraud scam court
            lawsuit fine penalty licence permit regulation rule policy reform plan strategy target promise pledge
            programme scheme project bridge tunnel motorway highway lane cycle bicycle pedestrian accident death
            injury casualty victim suspect arrest charge trial verdict appeal broadcaster newspaper website
            platform app phone internet broadband network data privacy hacker attack cyberattack software
            computer robot artificial intelligence university college degree apprenticeship exam grade pupil
            classroom nursery childcare parent mother father pensioner youth generation population birth
            marriage divorce household income poverty/poverty homelessness/homelessness shelter charity donation volunteer
            community resident tenant landlord mortgage property land development housing apartment flat
            construction builder architect engineer scientist researcher professor expert economist analyst
            spokesperson official agency authority ministry department office committee inquiry commission
            watchdog regulator ombudsman auditor inspector inspection audit review assessment estimate forecast
            projection outlook recession boom slump surplus revenue profit loss dividend share stock investor
            shareholder currency euro dollar pound peso exchange interest mortgage savings wealth/wealth inequality
            gap ratio index average median total majority minority fraction half third quarter
            ocean sea coast beach island mountain valley lake reservoir dam pipeline sewage waste recycling plastic
            pollution/pollution smog heatwave wildfire storm hurricane earthquake rainfall temperature species wildlife
            fishery fisherman whale salmon bee pesticide fertiliser livestock cattle sheep dairy milk wheat rice
            maize coffee sugar chocolate tobacco alcohol beer wine gambling lottery casino sport stadium football
            cricket tennis olympics athlete coach referee doping medal championship league club fan ticket
            broadcast television radio film cinema music concert artist author book magazine journalist editor
            column interview speech debate campaign manifesto referendum ballot turnout constituency seat coalition
            opposition cabinet president prime chancellor senator governor ambassador diplomat embassy summit
            sanction embargo ceasefire peace conflict invasion occupation militia rebel terrorist bomb missile drone
            navy airbase veteran recruit conscription deployment budgeting procurement tender contractor consultant
            lobbyist donor donation scandal resignation investigation leak whistleblower document email memo
            minute meeting hearing testimony evidence witness statement
            child/children person/people woman/women man/men mouse/mice analysis/analyses crisis/crises
            """;

    // Verbs: base form, or "base third past participle ing" where the forms are irregular.
    private static final String VERBS = """
            rise:rises:rose:risen:rising fall:falls:fell:fallen:falling grow:grows:grew:grown:growing
            double treble halve increase decrease cut:cuts:cut:cut:cutting spend:spends:spent:spent:spending
            pay:pays:paid:paid:paying build:builds:built:built:building close open promise pledge claim say:says:said:said:saying
            reach exceed drop climb jump soar plunge slump recover stall invest borrow lend:lends:lent:lent:lending
            lose:loses:lost:lost:losing win:wins:won:won:winning employ hire sack fire train:trains:trained:trained:training
            treat admit discharge wait reduce raise lower freeze:freezes:froze:frozen:freezing scrap ban allow approve
            reject block fund subsidise tax charge fine sentence convict arrest deport welcome house:houses:housed:housed:housing
            protect destroy damage repair replace expand shrink shut:shuts:shut:shut:shutting move export import produce
            consume emit pollute clean plant harvest vaccinate test report record count estimate forecast predict
            warn announce deny confirm reveal hide:hides:hid:hidden:hiding ignore overspend:overspends:overspent:overspent:overspending
            underfund delay cancel launch complete deliver miss meet:meets:met:met:meeting break:breaks:broke:broken:breaking
            keep:keeps:kept:kept:keeping beat:beats:beat:beaten:beating outnumber outspend:outspends:outspent:outspent:outspending
            overtake:overtakes:overtook:overtaken:overtaking double-count misreport inflate understate overstate
            privatise nationalise regulate deregulate abolish introduce extend end:ends:ended:ended:ending
            """;

    private static final String ADJECTIVES = """
            new public local national high low major small large big rural urban poor rich young old
            average total annual monthly weekly daily official private foreign domestic international regional
            federal municipal economic social political financial environmental medical legal military criminal
            illegal affordable expensive cheap free minimum maximum real net gross overall key main vulnerable
            elderly disabled unemployed homeless renewable green fossil digital online mental physical chronic
            rising falling record historic unprecedented modest sharp steep slight significant dramatic
            long-term short-term full-time part-time temporary permanent underfunded overcrowded understaffed
            average-sized nationwide statewide citywide coastal northern southern eastern western central inner
            outer rival independent opposition ruling former current previous next last first second third
            dangerous safe clean dirty healthy unhealthy obese fragile stable volatile secret leaked misleading
            accurate inaccurate false true partial complete fresh stale toxic contaminated polluted endangered
            protected crowded empty vacant derelict abandoned reopened delayed cancelled overdue late early
            """;

    private static final String ADVERBS = """
            sharply steadily slightly nearly almost roughly about only just more than less than over under
            barely consistently dramatically significantly quietly openly repeatedly wrongly falsely
            """;

    private static final String FIRST_NAMES = """
            Maria James Anna John Sarah David Fatima Mohammed Laura Daniel Emma Peter Sofia Paul Olga Thomas
            Aisha Michael Elena Robert Grace Samuel Chloé José Zoë Søren Łukasz Ngozi Aoife Björn François
            Mei Hiroshi Priya Rahul Ayşe Mehmet Ingrid Lars Kofi Amara Diego Lucía Tomás Inês João Nuno Katarzyna
            Piotr Dmitri Oksana Yusuf Leila Omar Noor Ahmed Hannah Jonas Lea Felix Clara Matteo Giulia Luca
            Chiara Carmen Pablo Javier Rosa Ana Isabel Kwame Adwoa Chinedu Thandiwe Sipho Lindiwe Wei Jun Li
            Hana Yuki Kenji Arjun Deepa Ravi Sunita Nikos Eleni Yannis Dragan Milica Ivana Bogdan Andrei Ioana
            Agnieszka Bartosz Zsófia Gábor Eszter Mikko Aino Sigrún Einar Ragnhild Olav Siobhán Ciarán Niamh
            Eoin Rhys Cerys Morgan Alex Sam Jordan Taylor Casey Robin Chris Pat Jamie Noa Ari Eitan Yael Dvora
            """;

    private static final String SURNAMES = """
            Smith Jones Okafor Costa Nguyễn García Müller Ødegård Núñez Kovačević Öztürk Sánchez Wiśniewski Kowalski
            Rossi Bianchi Dubois Lefèvre Moreau Fischer Weber Schäfer Becker Hoffmann Jansen de Vries van Dijk
            Johansson Andersson Nilsson Hansen Pedersen Virtanen Korhonen O'Brien Murphy Kelly Walsh Byrne
            Evans Davies Williams Brown Taylor Wilson Patel Shah Khan Ahmed Hussain Ali Begum Chowdhury Singh
            Kaur Sharma Gupta Reddy Iyer Tanaka Suzuki Sato Yamamoto Kim Park Lee Choi Chen Wang Zhang Liu
            Yang Huang Wu Zhou Mensah Boateng Asante Adeyemi Okonkwo Mbeki Dlamini Ndlovu Banda Mwangi Otieno
            Hernández López Martínez González Rodríguez Pérez Silva Santos Oliveira Pereira Ferreira Almeida
            Papadopoulos Georgiou Nikolaidis Popescu Ionescu Horváth Nagy Tóth Novák Dvořák Svoboda Petrov
            Ivanov Smirnov Kuznetsova Shevchenko Bondarenko Yilmaz Demir Kaya Şahin Haddad Khoury Nasser Cohen
            Levi Mizrahi Friedman Andrade Castillo Vargas Rojas Herrera Medina Flores Ramos Cruz Reyes Morales
            Abara Quispe Mamani Tupou Fifita Ngata Parata Tawhiri MacLeod MacDonald Campbell Stewart Robertson
            """;

    // People whose names are written in another script: a few, as in a real desk.
    private static final String OTHER_SCRIPT_NAMES = "李明|王芳|Ярослав Коваленко|Олена Шевченко|Γιώργος Παπαδόπουλος|"
            + "محمد علي|田中 花子|김민준";

    private static final String PLACES = """
            London Paris Berlin Madrid Rome Lisbon Dublin Amsterdam Brussels Vienna Warsaw Prague Budapest Athens
            Stockholm Oslo Copenhagen Helsinki Reykjavík Zürich Geneva Milan Naples Barcelona Valencia Seville
            Porto Kraków Gdańsk Łódź Wrocław Brno Cluj Bucharest Sofia Belgrade Zagreb Ljubljana Sarajevo
            Tirana Skopje Kyiv Lviv Odesa Vilnius Riga Tallinn Istanbul Ankara İzmir Cairo Lagos Abuja Accra
            Nairobi Kampala Kigali Dakar Johannesburg Cape Town Durban Casablanca Tunis Algiers Addis Ababa
            Mumbai Delhi Bengaluru Chennai Kolkata Karachi Lahore Dhaka Colombo Kathmandu Bangkok Hanoi Manila
            Jakarta Singapore Kuala Lumpur Seoul Tokyo Osaka Beijing Shanghai Shenzhen Taipei Sydney Melbourne
            Auckland Wellington Toronto Montréal Vancouver Chicago Houston Phoenix Denver Seattle Boston
            Atlanta Miami Detroit Ottawa México City Bogotá Lima Quito Santiago Buenos Aires Montevideo
            São Paulo Rio de Janeiro Brasília Caracas Havana Kingston Manchester Birmingham Leeds Glasgow
            Edinburgh Cardiff Belfast Bristol Liverpool Newcastle Sheffield Nottingham Leicester Cork Galway
            """;

    private static final String OUTLETS = """
            The Harbour Courier|Daily Ledger|The Northern Post|Evening Standard-Tribune|Radio Meridian|
            The Valley Gazette|Metro Herald|The Civic Observer|Channel 7 News|Coastline Weekly|Le Quotidien du Port|
            Der Morgenbote|El Faro Diario|O Jornal da Costa|The Capital Times|Riverside Record|The Bulletin|
            Market Street Journal|Public Radio North|The Island Voice
            """;

    private static final String ORG_KINDS = """
            Statistics Office|Health Authority|Water Board|Transport Authority|Housing Association|
            Chamber of Commerce|Police Service|Fire and Rescue Service|School Board|University|Port Authority|
            Energy Company|Farmers' Union|Teachers' Union|Nurses' Association|Hospital Trust|City Council|
            Regional Assembly|Audit Office|Electoral Commission|Central Bank|Environment Agency|Planning Inspectorate
            """;

    private static final String ROLES = """
            minister|mayor|spokesperson|chief executive|opposition leader|councillor|senator|governor|
            union leader|health secretary|finance minister|head of policy|campaign director|police chief|
            party chair|economist|director|chairwoman|chairman|deputy mayor
            """;

    private static final String TOPICS = """
            economy health education housing crime transport environment energy immigration elections
            budget taxes jobs pensions climate covid water agriculture defence foreign-policy justice
            technology media welfare local-government
            """;

    private static final String[] SYLLABLES_START = { "Kel", "Mar", "Bran", "Ost", "Vel", "Dun", "Ash", "Carr", "Fen",
        "Hal", "Lin", "Mor", "Nor", "Pen", "Rath", "Sel", "Tor", "Wes", "Ald", "Bel", "Cor", "Dra", "Eld", "Gar",
        "Hol", "Ivr", "Jor", "Kes", "Lor", "Mel", "Nev", "Orm", "Quen", "Ros", "Stra", "Tal", "Ulv", "Var", "Wyn",
        "Zel", "Brá", "Cél", "Dös", "Fjǫ", "Gør", "Hví", "Lüb", "Nó", "Pél", "Sæ" };
    private static final String[] SYLLABLES_MIDDLE = { "", "", "", "a", "e", "i", "o", "ar", "en", "il", "or", "un",
        "ath", "ew", "ing", "ell" };
    private static final String[] SYLLABLES_END = { "by", "ton", "ford", "wick", "stead", "mouth", "dale", "holm",
        "borough", "field", "haven", "more", "ness", "port", "ridge", "thorpe", "vik", "berg", "dorf", "ville",
        "ac", "ova", "ice", "ano", "ejo", "heim", "stad", "rup", "lund", "kirk" };
    private static final String[] COMPANY_ENDS = { "Holdings", "Group", "Logistics", "Energy", "Foods", "Systems",
        "Pharma", "Capital", "Analytics", "Construction", "Mining", "Telecom", "Water", "Freight", "Media" };

    final Words nouns;
    final List<String> plurals;
    final List<Verb> verbList;
    final Zipf verbs;
    final Words adjectives;
    final Words adverbs;
    final Words firstNames;
    final Words surnames;
    final List<String> otherScriptNames;
    final Words places;
    /** Made-up towns, the long tail: each appears in only a few statements. */
    final Words towns;
    /** Made-up companies, also rare. */
    final Words companies;
    final List<String> outlets;
    final Words orgKinds;
    final Words roles;
    final List<String> topics;

    Vocabulary() {
        List<String> singular = new ArrayList<>();
        plurals = new ArrayList<>();
        for (String token : split(NOUNS)) {
            String[] forms = token.split("/");
            if (singular.contains(forms[0])) {
                continue;
            }
            singular.add(forms[0]);
            plurals.add(forms.length > 1 ? forms[1] : plural(forms[0]));
        }
        nouns = new Words(singular, 1.0);
        verbList = new ArrayList<>();
        for (String token : split(VERBS)) {
            String[] f = token.split(":");
            verbList.add(f.length == 5 ? new Verb(f[0], f[1], f[2], f[3], f[4]) : regular(f[0]));
        }
        verbs = new Zipf(verbList.size(), 0.9);
        adjectives = new Words(split(ADJECTIVES), 1.0);
        adverbs = new Words(split(ADVERBS), 0.8);
        firstNames = new Words(split(FIRST_NAMES), 0.7);
        surnames = new Words(split(SURNAMES), 0.7);
        otherScriptNames = List.of(OTHER_SCRIPT_NAMES.split("\\|"));
        places = new Words(joinMultiWordPlaces(split(PLACES)), 1.0);
        Random made = new Random(11);
        towns = new Words(madeUpTowns(made, 3000), 0.6);
        companies = new Words(madeUpCompanies(made, 800), 0.6);
        outlets = bars(OUTLETS);
        orgKinds = new Words(bars(ORG_KINDS), 0.8);
        roles = new Words(bars(ROLES), 0.9);
        topics = split(TOPICS);
    }

    Verb verb(Random random) {
        return verbList.get(verbs.next(random));
    }

    /** "Ana Costa", now and then a name with a middle initial or in another script. */
    String person(Random random) {
        int kind = random.nextInt(100);
        if (kind < 2) {
            return otherScriptNames.get(random.nextInt(otherScriptNames.size()));
        }
        String name = firstNames.next(random) + " " + surnames.next(random);
        return kind < 6 ? firstNames.next(random) + " " + (char) ('A' + random.nextInt(26)) + ". "
                + surnames.next(random) : name;
    }

    /** A place: mostly real cities, now and then a made-up town. */
    String place(Random random) {
        return random.nextInt(10) < 7 ? places.next(random) : towns.next(random);
    }

    String organisation(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "the " + place(random) + " " + orgKinds.next(random);
            case 1 -> companies.next(random);
            case 2 -> "the Ministry of " + capitalise(nouns.next(random));
            default -> "the National " + orgKinds.next(random);
        };
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> bars(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.replace('\n', ' ').split("\\|")) {
            String t = s.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Cities written in several words in the list ("Cape Town") come back as one entry. */
    private static List<String> joinMultiWordPlaces(List<String> tokens) {
        Set<String> joined = new LinkedHashSet<>();
        List<String> multi = List.of("Cape Town", "Addis Ababa", "Kuala Lumpur", "México City", "Buenos Aires",
                "São Paulo", "Rio de Janeiro");
        for (int i = 0; i < tokens.size(); i++) {
            String match = null;
            for (String m : multi) {
                String[] parts = m.split(" ");
                if (i + parts.length <= tokens.size()
                        && String.join(" ", tokens.subList(i, i + parts.length)).equals(m)) {
                    match = m;
                }
            }
            if (match != null) {
                joined.add(match);
                i += match.split(" ").length - 1;
            } else {
                joined.add(tokens.get(i));
            }
        }
        return new ArrayList<>(joined);
    }

    private static List<String> madeUpTowns(Random random, int n) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            names.add(SYLLABLES_START[random.nextInt(SYLLABLES_START.length)]
                    + SYLLABLES_MIDDLE[random.nextInt(SYLLABLES_MIDDLE.length)]
                    + SYLLABLES_END[random.nextInt(SYLLABLES_END.length)]);
        }
        return new ArrayList<>(names);
    }

    private static List<String> madeUpCompanies(Random random, int n) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            String stem = SYLLABLES_START[random.nextInt(SYLLABLES_START.length)]
                    + SYLLABLES_END[random.nextInt(SYLLABLES_END.length)];
            names.add(stem + " " + COMPANY_ENDS[random.nextInt(COMPANY_ENDS.length)]);
        }
        return new ArrayList<>(names);
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && !noun.matches(".*[aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) {
            return noun + "es";
        }
        return noun + "s";
    }

    static Verb regular(String base) {
        String third = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                ? base + "es" : base.endsWith("y") && !base.matches(".*[aeiou]y") ? base.substring(0,
                        base.length() - 1) + "ies" : base + "s";
        String past;
        String ing;
        if (base.endsWith("e")) {
            past = base + "d";
            ing = base.substring(0, base.length() - 1) + "ing";
        } else if (base.endsWith("y") && !base.matches(".*[aeiou]y")) {
            past = base.substring(0, base.length() - 1) + "ied";
            ing = base + "ing";
        } else if (base.matches(".*[^aeiou][aeiou][bdgmnpt]") && base.length() <= 4) {
            char last = base.charAt(base.length() - 1);
            past = base + last + "ed";
            ing = base + last + "ing";
        } else {
            past = base + "ed";
            ing = base + "ing";
        }
        return new Verb(base, third, past, past, ing);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

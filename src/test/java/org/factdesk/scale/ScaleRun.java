package org.factdesk.scale;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;

import org.factdesk.BenchHttp;
import org.factdesk.claim.search.ClaimSearch;

/**
 * The Java side of bench/scale/run.sh: signs in through the login form for a session cookie, writes the lists of
 * paths wrk's Lua script draws from (one list per measured page, from the seeded desk's ids and search terms), and
 * turns wrk's results into the table printed and written into docs/PERFORMANCE.md between marker comments.
 *
 * <p>{@code signin BASE USER PASSWORD} · {@code paths DATA_DIR OUT_DIR} · {@code report RESULTS META DOC}
 */
public final class ScaleRun {

    static final String BEGIN = "<!-- scale-results:begin -->";
    static final String END = "<!-- scale-results:end -->";
    /** factdesk.page-size: rows on a page of the claims list. */
    private static final int PAGE_SIZE = 25;
    private static final int PATHS_PER_LIST = 400;

    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("signin")) {
            System.out.println(signIn(args[1], args[2], args[3]));
        } else if (args.length == 3 && args[0].equals("paths")) {
            paths(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("report")) {
            report(Path.of(args[1]), Path.of(args[2]), args[3].equals("-") ? null : Path.of(args[3]));
        } else {
            System.err.println("usage: ScaleRun signin BASE USER PASSWORD | paths DATA_DIR OUT_DIR | "
                    + "report RESULTS META DOC|-");
            System.exit(2);
        }
    }

    /** The session cookie ({@code name=value}) after signing in through the form with its CSRF token. */
    static String signIn(String base, String user, String password) throws Exception {
        HttpClient client = BenchHttp.client();
        BenchHttp.signIn(client, base, user, password);
        CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals("factdesk-session")) {
                return cookie.getName() + "=" + cookie.getValue();
            }
        }
        throw new IllegalStateException("signed in, but no factdesk-session cookie came back");
    }

    // --------------------------------------------------------------------------------------------------- paths

    /** One measured page: its key, how the table names it, and how to draw a path for it. */
    private record Row(String key, String label, boolean signedIn, boolean json, Function<Random, String> path) {
    }

    private static void paths(Path dataDir, Path out) throws IOException {
        Properties desk = new Properties();
        try (var in = Files.newBufferedReader(dataDir.resolve(ScaleSeeder.MANIFEST), StandardCharsets.UTF_8)) {
            desk.load(in);
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dataDir.resolve(CorpusSample.FILE), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("\t")) {
                String[] kv = line.split("\t", 2);
                terms.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
            }
        }
        long[] claimIds = range(desk.getProperty("claim-ids"));
        long[] articleIds = range(desk.getProperty("article-ids"));
        String[] reviewers = desk.getProperty("reviewers").split(",");
        long claims = claimIds[1] - claimIds[0] + 1;
        // The list serves pages up to ClaimSearch.WINDOW claims from either end; these are its deepest ones.
        int deepest = Math.min((int) (claims / PAGE_SIZE), ClaimSearch.WINDOW / PAGE_SIZE) - 1;
        int last = (int) ((claims + PAGE_SIZE - 1) / PAGE_SIZE) - 1;
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String[] statuses = { "new", "assigned", "in-review", "submitted", "published", "dismissed" };
        Function<Random, String> oneWord = r -> r.nextInt(10) < 7 ? pick(r, terms.get("word"))
                : pick(r, terms.get("rare"));
        Function<Random, String> twoWords = r -> pick(r, terms.get("pair"));
        Function<Random, String> phrase = r -> "\"" + pick(r, terms.get("phrase")) + "\"";
        Function<Random, String> prefix = r -> pick(r, terms.get("prefix")) + "*";

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("login", "`GET /login` (trivial page, signed out)", false, false, r -> "/login"));
        rows.add(new Row("list-first", "`/claims` first page", true, false, r -> "/claims"));
        rows.add(new Row("list-deep", "`/claims?page=` among the deepest served from the start (10,000 claims in)", true,
                false, r -> "/claims?page=" + Math.max(0, deepest - r.nextInt(100))));
        rows.add(new Row("list-end", "`/claims?page=` among the last 100 pages", true, false,
                r -> "/claims?page=" + Math.max(0, last - r.nextInt(100))));
        rows.add(new Row("list-status", "`/claims?status=` each status", true, false,
                r -> "/claims?status=" + statuses[r.nextInt(statuses.length)]));
        rows.add(new Row("list-unassigned", "`/claims?assignee=none`", true, false, r -> "/claims?assignee=none"));
        rows.add(new Row("list-reviewer", "`/claims?assignee=` a reviewer", true, false,
                r -> "/claims?assignee=" + reviewers[r.nextInt(reviewers.length)]));
        rows.add(new Row("list-false", "`/claims?rating=false`", true, false, r -> "/claims?rating=false"));
        rows.add(new Row("list-unrated", "`/claims?rating=none`", true, false, r -> "/claims?rating=none"));
        rows.add(new Row("list-due", "`/claims?dueBefore=` today", true, false, r -> "/claims?dueBefore=" + today));
        rows.add(new Row("sort-due", "`/claims?sort=due`", true, false, r -> "/claims?sort=due"));
        rows.add(new Row("sort-priority", "`/claims?sort=priority`", true, false, r -> "/claims?sort=priority"));
        rows.add(new Row("sort-score", "`/claims?sort=score`", true, false, r -> "/claims?sort=score"));
        addSearches(rows, "search", "/claims", false, oneWord, twoWords, phrase, prefix, statuses);
        addSearches(rows, "api-search", "/api/v1/claims", true, oneWord, twoWords, phrase, prefix, statuses);
        rows.add(new Row("claim", "`/claims/{id}` claim page", true, false,
                r -> "/claims/" + between(r, claimIds)));
        rows.add(new Row("article", "`/articles/{id}` article page", true, false,
                r -> "/articles/" + between(r, articleIds)));
        rows.add(new Row("dashboard", "`/` dashboard", true, false, r -> "/"));
        rows.add(new Row("similar", "`/api/v1/claims/{id}/similar`", true, true,
                r -> "/api/v1/claims/" + between(r, claimIds) + "/similar"));
        rows.add(new Row("reports", "`/reports` reports page", true, false, r -> "/reports"));

        Files.createDirectories(out);
        StringBuilder index = new StringBuilder();
        StringBuilder all = new StringBuilder();
        Random random = new Random(7);
        for (Row row : rows) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < PATHS_PER_LIST; i++) {
                list.append(row.path.apply(random)).append('\n');
            }
            Path file = out.resolve(row.key + ".paths");
            Files.writeString(file, list, StandardCharsets.UTF_8);
            if (row.signedIn) {
                all.append(list, 0, list.indexOf("\n", list.length() / 4) + 1);
            }
            index.append(row.key).append('\t').append(row.label).append('\t').append(file).append('\t')
                    .append(row.signedIn ? 1 : 0).append('\t').append(row.json ? "application/json" : "text/html")
                    .append('\n');
        }
        Files.writeString(out.resolve("rows.tsv"), index, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("warmup.paths"), all, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("search-word.txt"), enc(pick(new Random(1), terms.get("word"))) + "\n",
                StandardCharsets.UTF_8);
    }

    private static void addSearches(List<Row> rows, String key, String base, boolean json,
            Function<Random, String> oneWord, Function<Random, String> twoWords, Function<Random, String> phrase,
            Function<Random, String> prefix, String[] statuses) {
        String where = "`" + base + "?q=`";
        rows.add(new Row(key + "-word", where + " one word", true, json, r -> base + "?q=" + enc(oneWord.apply(r))));
        rows.add(new Row(key + "-two", where + " two words", true, json, r -> base + "?q=" + enc(twoWords.apply(r))));
        rows.add(new Row(key + "-phrase", where + " \"a phrase\"", true, json,
                r -> base + "?q=" + enc(phrase.apply(r))));
        rows.add(new Row(key + "-prefix", where + " prefix`*`", true, json, r -> base + "?q=" + enc(prefix.apply(r))));
        rows.add(new Row(key + "-filter", where + " one word + status", true, json,
                r -> base + "?q=" + enc(oneWord.apply(r)) + "&status=" + statuses[r.nextInt(statuses.length)]));
    }

    private static long[] range(String value) {
        String[] parts = value.split("-");
        return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
    }

    private static long between(Random r, long[] range) {
        return range[0] + (long) (r.nextDouble() * (range[1] - range[0] + 1));
    }

    private static String pick(Random r, List<String> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("the words file has no terms of a kind the run needs");
        }
        return list.get(r.nextInt(list.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // -------------------------------------------------------------------------------------------------- report

    /** One wrk run as the Lua script's done() reports it. */
    private record Result(String key, String label, int connections, long requests, double seconds, double p50,
            double p99, long non2xx, long socketErrors, String statuses) {
        double perSecond() {
            return requests / seconds;
        }

        long errors() {
            return non2xx + socketErrors;
        }
    }

    /**
     * Prints the table and, when {@code doc} is given, replaces what lies between the markers in it. RESULTS has one
     * line per wrk run: key, label, connections, then the Lua script's RESULT fields; META is a properties file of
     * what the run measured besides (heap, RSS, restart times) and how.
     */
    private static void report(Path resultsFile, Path metaFile, Path doc) throws IOException {
        List<Result> results = new ArrayList<>();
        for (String line : Files.readAllLines(resultsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 12) {
                continue;
            }
            results.add(new Result(f[0], f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]),
                    Long.parseLong(f[8]) + Long.parseLong(f[9]) + Long.parseLong(f[10]) + Long.parseLong(f[11]),
                    f.length > 12 ? f[12] : ""));
        }
        Properties meta = new Properties();
        meta.load(new StringReader(Files.readString(metaFile, StandardCharsets.UTF_8)));
        List<Integer> connections = results.stream().map(Result::connections).distinct().sorted().toList();
        Map<Integer, Double> trivial = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.key.equals("login")) {
                trivial.put(r.connections, r.perSecond());
            }
        }
        Map<String, Map<Integer, Result>> byKey = new LinkedHashMap<>();
        for (Result r : results) {
            byKey.computeIfAbsent(r.key, k -> new LinkedHashMap<>()).put(r.connections, r);
        }

        StringBuilder t = new StringBuilder();
        long errors = results.stream().mapToLong(Result::errors).sum();
        long silent = results.stream().filter(r -> r.requests == 0).count();
        t.append(String.format(Locale.ROOT, "Measured %s on %s; %s claims (%s), %s. Command: `%s`.%n%n",
                meta.getProperty("date"), meta.getProperty("machine"),
                String.format(Locale.ROOT, "%,d", Long.parseLong(meta.getProperty("claims"))),
                meta.getProperty("database"), meta.getProperty("how"), meta.getProperty("command")));
        if (errors > 0) {
            t.append("**This run had ").append(errors).append(" failed requests (non-2xx answers or socket errors): "
                    + "see the errors column; its figures for those pages are not valid.**\n\n");
        }
        if (silent > 0) {
            t.append("**In ").append(silent).append(" of the wrk runs no request completed within the run's time.**\n\n");
        }
        t.append("| page |");
        for (int c : connections) {
            t.append(" c=").append(c).append(" req/s | p50 | p99 | vs `/login` |");
        }
        t.append(" errors |\n|---|");
        for (int i = 0; i < connections.size(); i++) {
            t.append("--:|--:|--:|--:|");
        }
        t.append("--:|\n");
        for (Map<Integer, Result> row : byKey.values()) {
            Result first = row.values().iterator().next();
            t.append("| ").append(first.label).append(" |");
            long rowErrors = 0;
            List<String> statuses = new ArrayList<>();
            for (int c : connections) {
                Result r = row.get(c);
                if (r == null) {
                    t.append(" – | – | – | – |");
                    continue;
                }
                rowErrors += r.errors();
                if (r.errors() > 0) {
                    statuses.add(("c=" + c + ": " + r.statuses.strip() + " "
                            + (r.socketErrors > 0 ? r.socketErrors + " socket errors" : "")).strip());
                }
                if (r.requests == 0) {
                    t.append(" **none in ").append(Math.round(r.seconds)).append(" s** | – | – | – |");
                    continue;
                }
                Double base = trivial.get(c);
                t.append(' ').append(rate(r.perSecond())).append(" | ").append(millis(r.p50)).append(" | ")
                        .append(millis(r.p99)).append(" | ").append(base == null ? "–" : percent(r.perSecond() / base))
                        .append(" |");
            }
            t.append(' ').append(rowErrors == 0 ? "0" : "**" + rowErrors + "** (" + String.join("; ", statuses) + ")")
                    .append(" |\n");
        }
        t.append('\n');
        for (String key : List.of("restart", "heap", "rss", "start", "sealing", "seeding", "notes")) {
            String value = meta.getProperty(key);
            if (value != null && !value.isBlank()) {
                t.append("- ").append(value).append('\n');
            }
        }
        String table = t.toString();
        System.out.println(table);
        if (silent > 0) {
            System.out.println("!!! " + silent + " wrk runs completed NO request in their time: see the table. !!!");
        }
        if (errors > 0) {
            System.out.println("!!! " + errors + " REQUESTS FAILED in this run (non-2xx or socket errors): see the "
                    + "errors column. !!!");
        }
        if (doc != null) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(doc + " has no " + BEGIN + " … " + END + " markers to write between");
            }
            Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                    StandardCharsets.UTF_8);
            System.out.println("written into " + doc);
        }
    }

    private static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String millis(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : ms >= 10
                ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, ratio >= 0.1 ? "%.0f%%" : ratio >= 0.01 ? "%.1f%%" : "%.2f%%",
                ratio * 100);
    }
}

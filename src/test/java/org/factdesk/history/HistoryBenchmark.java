package org.factdesk.history;

import static org.factdesk.BenchHttp.client;
import static org.factdesk.BenchHttp.get;
import static org.factdesk.BenchHttp.json;
import static org.factdesk.BenchHttp.send;
import static org.factdesk.BenchHttp.signIn;
import static org.factdesk.BenchHttp.waitForHealth;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of a claim's history against a running FactDesk; run by bench/audit/history.sh, which starts the app.
 *
 * <p>It signs in as the first-start admin, makes an editor, an article and a claim, then gives the claim its
 * revisions the way people do: statement edits through {@code PATCH /api/v1/claims/{id}} with the version, each a
 * real transaction with its own audit revision. After a warm-up it requests, round robin and one at a time, the
 * history page (first page), the history API (the whole history), and two trivial pages for scale: the sign-in
 * page (a template, no database) and the health check (one database round trip). It prints the median and the
 * 95th percentile of each, and the history's medians as multiples of the sign-in page's.
 */
public final class HistoryBenchmark {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");
    private static final String PASSWORD = "Tide-Lantern-Quartz-91";

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18091";
        String adminPassword = System.getenv("FACTDESK_ADMIN_PASSWORD");
        int revisions = Integer.getInteger("revisions", 1000);
        double warmup = Double.parseDouble(System.getProperty("warmup", "40"));
        double measure = Double.parseDouble(System.getProperty("measure", "30"));

        HttpClient anonymous = client();
        waitForHealth(anonymous, base, Duration.ofMinutes(3));
        HttpClient admin = client();
        signIn(admin, base, "admin", adminPassword);
        send(admin, json(base + "/api/v1/accounts", "POST", "{\"username\":\"bench-editor\",\"displayName\":"
                + "\"Bench Editor\",\"email\":\"bench-editor@example.org\",\"roles\":[\"editor\"],\"password\":\""
                + PASSWORD + "\"}"), 201);
        HttpClient editor = client();
        signIn(editor, base, "bench-editor", PASSWORD);

        String sentence = "Unemployment fell to 3.1% in May, the lowest rate since records began, the labour "
                + "minister told parliament on Tuesday.";
        String article = send(editor, json(base + "/api/v1/articles", "POST", "{\"title\":\"History benchmark\","
                + "\"text\":\"" + sentence + " Economists had expected 3.4%.\",\"url\":\"https://example.org/bench\"}"),
                201);
        long articleId = first(ID, article);
        String claim = send(editor, json(base + "/api/v1/articles/" + articleId + "/claims", "POST",
                "{\"start\":0,\"end\":" + sentence.length() + "}"), 201);
        long claimId = first(ID, claim);
        long version = first(VERSION, claim);
        long seeding = System.nanoTime();
        String[] months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December" };
        for (int i = 1; i < revisions; i++) {
            String statement = "Unemployment fell to " + (3 + i % 7) + "." + (i % 10) + "% in " + months[i % 12]
                    + ", the lowest rate since records began, the labour minister told parliament (edit " + i + ").";
            String answer = send(editor, json(base + "/api/v1/claims/" + claimId, "PATCH", "{\"version\":" + version
                    + ",\"statement\":\"" + statement + "\"}"), 200);
            version = first(VERSION, answer);
        }
        String history = send(editor, get(base + "/api/v1/claims/" + claimId + "/history"), 200);
        int entries = history.split("\"rev\":", -1).length - 1;
        System.out.printf(Locale.ROOT, "claim %d: %d revisions (1 creation + %d statement edits through PATCH "
                + "/api/v1/claims/{id}), made in %.1f s; the API lists %d entries%n", claimId, revisions,
                revisions - 1, (System.nanoTime() - seeding) / 1e9, entries);
        if (entries != revisions) {
            throw new IllegalStateException("expected " + revisions + " history entries, got " + entries);
        }

        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("GET /claims/{id}/history (first page, 50 entries)",
                new Probe(editor, get(base + "/claims/" + claimId + "/history")));
        probes.put("GET /api/v1/claims/{id}/history (all " + revisions + " entries)",
                new Probe(editor, get(base + "/api/v1/claims/" + claimId + "/history")));
        probes.put("GET /login (anonymous; template, no database)", new Probe(anonymous, get(base + "/login")));
        probes.put("GET /q/health (anonymous; one database check)", new Probe(anonymous, get(base + "/q/health")));

        round(probes, warmup, false);
        round(probes, measure, true);
        System.out.printf(Locale.ROOT, "warm-up %.0f s, measured %.0f s, requests one at a time, round robin%n",
                warmup, measure);
        System.out.printf(Locale.ROOT, "%-58s %8s %10s %10s %10s%n", "endpoint", "requests", "median ms", "p95 ms",
                "bytes");
        double loginMedian = 0;
        List<String> names = new ArrayList<>(probes.keySet());
        for (String name : names) {
            Probe p = probes.get(name);
            double median = p.percentile(50);
            if (name.startsWith("GET /login")) {
                loginMedian = median;
            }
            System.out.printf(Locale.ROOT, "%-58s %8d %10.2f %10.2f %10d%n", name, p.count, median,
                    p.percentile(95), p.bytes);
        }
        for (String name : names.subList(0, 2)) {
            Probe p = probes.get(name);
            System.out.printf(Locale.ROOT, "%s: median %.1f× GET /login; building the history (Server-Timing): "
                    + "median %.2f ms, p95 %.2f ms%n", name.substring(0, name.indexOf(" (")),
                    p.percentile(50) / loginMedian, p.builtPercentile(50), p.builtPercentile(95));
        }
    }

    /** One endpoint's request and its measured latencies. */
    private static final class Probe {
        final HttpClient client;
        final HttpRequest request;
        long[] nanos = new long[1 << 16];
        double[] built = new double[1 << 16];
        int count;
        int bytes;

        Probe(HttpClient client, HttpRequest request) {
            this.client = client;
            this.request = request;
        }

        void hit(boolean record) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            if (record) {
                if (count == nanos.length) {
                    nanos = java.util.Arrays.copyOf(nanos, count * 2);
                    built = java.util.Arrays.copyOf(built, count * 2);
                }
                // The server's own measure of building the history (Server-Timing), when the endpoint gives one.
                Matcher m = DURATION.matcher(response.headers().firstValue("Server-Timing").orElse(""));
                built[count] = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
                nanos[count++] = took;
                bytes = response.body().length;
            }
        }

        double percentile(int p) {
            long[] sorted = java.util.Arrays.copyOf(nanos, count);
            java.util.Arrays.sort(sorted);
            return sorted[index(p)] / 1e6;
        }

        /** The percentile of the server-side build time in milliseconds; NaN when the endpoint reports none. */
        double builtPercentile(int p) {
            double[] sorted = java.util.Arrays.copyOf(built, count);
            java.util.Arrays.sort(sorted);
            return sorted[index(p)];
        }

        private int index(int p) {
            return Math.max(0, (int) Math.ceil(p / 100.0 * count) - 1);
        }
    }

    private static void round(Map<String, Probe> probes, double seconds, boolean record) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            for (Probe p : probes.values()) {
                p.hit(record);
            }
        } while (System.nanoTime() < end);
    }

    private static long first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}

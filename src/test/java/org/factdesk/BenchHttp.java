package org.factdesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the benchmarks in {@code bench/}: a cookie-keeping client, waiting for the app to be healthy,
 * signing in through the real form with its CSRF token, and requests that fail loudly on an unexpected status.
 * Plain JDK, so the scripts compile it with {@code javac} alone.
 */
public final class BenchHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private BenchHttp() {
    }

    /** HTTP/1.1, keeps cookies, never follows redirects (a redirect to /login must show as a failure). */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void waitForHealth(HttpClient client, String base, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (client.send(get(base + "/q/health"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("FactDesk did not become healthy at " + base + " within " + limit);
    }

    /** Signs in through the sign-in form, as a browser does; the session cookie stays in the client. */
    public static void signIn(HttpClient client, String base, String username, String password) throws Exception {
        String page = send(client, get(base + "/login"), 200);
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "csrf-token=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        send(client, post, 303);
    }

    public static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    public static HttpRequest json(String url, String method, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Sends the request and returns the body, or throws with the status and body when it is not the expected one. */
    public static String send(HttpClient client, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        return response.body();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

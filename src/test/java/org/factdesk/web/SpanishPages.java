package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

/**
 * Reading a page as a Spanish reader sees it, for the tests that look for English words left in the pages' visible
 * text: scripts, styles, the title and options with a value (data such as names and zones) are left out, tags are
 * dropped, and a word counts only as a whole word.
 */
public final class SpanishPages {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<script\\b.*?</script>|<style\\b.*?</style>|<title>.*?</title>|<option value=\"[^\"]+\"[^>]*>.*?</option>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private SpanishPages() {
    }

    /** The text a person reads on {@code html}, on one line. */
    public static String visibleText(String html) {
        return TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ");
    }

    /** The visible text of {@code path} for a browser that asks for Spanish, with the session {@code cookies}. */
    public static String page(CookieFilter cookies, String path) {
        var request = given().header("Accept-Language", "es");
        if (cookies != null) {
            request = request.filter(cookies);
        }
        return read(request, path);
    }

    /** The visible text of {@code path} as {@code request} gets it; fails unless it answers 200 in Spanish. */
    public static String read(RequestSpecification request, String path) {
        String html = request.get(path).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<html lang=\"es\">"), path + " is not in Spanish");
        return visibleText(html);
    }

    /** Adds to {@code problems} each of {@code words} that {@code text} of {@code path} shows as a whole word. */
    public static void noEnglish(List<String> problems, String path, String text, String... words) {
        for (String word : words) {
            if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find()) {
                problems.add(path + " shows \"" + word + "\"");
            }
        }
    }
}

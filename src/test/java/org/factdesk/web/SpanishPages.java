package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factdesk.account.Account;
import org.factdesk.article.Article;
import org.factdesk.claim.Claim;
import org.factdesk.claim.Rating;
import org.factdesk.claim.Verdict;
import org.factdesk.settings.Organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;

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

    /**
     * The English words of the interface, matched as whole words with their case: the shell, the desk's pages and the
     * admin and audit pages, and the default rating scale's English labels. Words Spanish spells the same ("Roles",
     * "Editor", "Auditor", "Total") are left out.
     */
    public static final String[] UI_WORDS = { "Dashboard", "My claims", "Awaiting approval", "Overdue",
            "Claims by status", "Published per week", "published in the last", "See all", "Nothing is assigned",
            "Articles", "Article", "All articles", "Import article", "All outlets", "Outlet", "Author", "Title",
            "Published", "Published on", "Source URL", "Source", "Sources", "Language", "Upload file", "Text",
            "Edit details", "Save details", "Suggested claims", "Make claim", "Already a claim", "Show all",
            "Create claim from selection", "Claims", "Claim", "Statement", "Claimant", "Summary", "Analysis",
            "Assignee", "Any assignee", "Any status", "Any rating", "Due date", "Assign", "Reviewer", "Priority",
            "Tags", "Comments", "Comment", "Add comment", "Save draft", "Submit for approval", "Approve and publish",
            "Return to reviewer", "Dismiss", "Reason", "Reopen", "Correction", "Open correction", "Similar claims",
            "Notifications", "Mark all as read", "No notifications", "Reports", "Verdict reports", "Download",
            "Printable report", "Preview", "Sign out", "My account", "Account", "Accounts", "New account", "Edit",
            "Save", "Save changes", "Cancel", "Username", "Name", "Display name", "Email", "Password",
            "New password", "Current password", "Change password", "Reset password", "Time zone", "Role", "Admin",
            "Status", "Active", "Deactivated", "Deactivate", "Reactivate", "Last sign-in", "never", "Created",
            "Create account", "Profile", "Access", "All accounts", "Next", "Previous", "First", "Last", "Page",
            "Backup", "Backups", "Back up now", "Restore", "Restoring", "Made", "Size", "Audit", "Audit log",
            "Verify", "Verify chain", "Chain OK", "verified", "Export", "Rating", "Rating scale", "Add rating",
            "Retire", "Retired", "Delete", "Label", "Key", "Value", "Colour", "Order", "Actions", "Used by",
            "No verdict", "Search", "Filter", "Clear filters", "User", "From", "To", "Entity", "Any entity",
            "Revisions", "Revision", "Time", "Who", "Action", "Note", "Changed", "Seal", "system", "not sealed",
            "added", "changed", "removed", "History", "History of claim", "Back to claim", "Security events",
            "Event", "Signed in", "From address", "Path", "Detail", "newest first", "No changes", "Organisation",
            "Administration", "Enter", "Choose", "Use at", "not created", "created", "saved", "Nothing", "due",
            "none", "New", "Fact check", "Fact checks by", "Our verdict", "Corrections", "set the rating",
            "approved by", "reviewed by", "Skip to", "Not allowed", "Not found", "True", "False", "Mostly true",
            "Half true", "Mostly false", "Misleading", "Unverifiable" };

    private SpanishPages() {
    }

    /**
     * Every name, address, title, statement, summary and label people gave (of all tests sharing the database),
     * longest first, so that none is read as the page's words. The scale's English labels that have a Spanish one
     * are not data here: a Spanish page must show the Spanish one.
     */
    public static List<String> data() {
        return QuarkusTransaction.requiringNew().call(() -> Stream.<Stream<String>>of(
                Account.<Account>listAll().stream().flatMap(a -> Stream.of(a.username, a.displayName, a.email)),
                // A rating's English label is data only where it has no Spanish one: else a Spanish page names it so.
                Rating.<Rating>listAll().stream()
                        .flatMap(r -> r.translations.containsKey("es") ? Stream.of(r.key) : Stream.of(r.label, r.key)),
                ((List<?>) Rating.getEntityManager().createNativeQuery("select label from rating_label")
                        .getResultList()).stream().map(String::valueOf),
                Article.<Article>listAll().stream().flatMap(a -> Stream.of(a.title, a.outlet, a.author)),
                Claim.<Claim>listAll().stream().flatMap(c -> Stream.of(c.statement, c.quote, c.claimant)),
                Verdict.<Verdict>listAll().stream().flatMap(v -> Stream.of(v.summary, v.correctionNote)),
                Organisation.<Organisation>listAll().stream().map(o -> o.name))
                .flatMap(s -> s)
                .filter(v -> v != null && v.length() >= 3).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /**
     * The scale's labels in the desk's language, longest first: reports name ratings in it whoever reads them (the
     * same name in every copy), so on a report they are data, not the page's words.
     */
    public static List<String> deskRatingLabels() {
        return QuarkusTransaction.requiringNew().call(() -> {
            String desk = Organisation.<Organisation>listAll().stream().map(o -> o.defaultLanguage).findFirst()
                    .orElse("en");
            return Rating.<Rating>listAll().stream().map(r -> r.translations.getOrDefault(desk, r.label))
                    .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        });
    }

    /** {@code text} with each of {@code data} taken out. */
    public static String withoutData(String text, List<String> data) {
        for (String value : data) {
            text = text.replace(value, " ");
        }
        return text;
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

package org.factdesk.web;

import static org.factdesk.web.SpanishPages.noEnglish;
import static org.factdesk.web.SpanishPages.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.review.ReviewFixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;

/**
 * The desk's own pages (dashboard, articles, notifications, reports, history, public fact checks) read in Spanish by
 * someone whose browser asks for it: no English word of their interface is left in the visible text. The fixtures'
 * own texts are Spanish, so what is checked is the pages' words, not the people's.
 */
@QuarkusTest
class DeskPagesInSpanishTest {

    @Test
    void theDesksPagesShowNoEnglishToASpanishReader() {
        ReviewFixtures people = new ReviewFixtures();
        String word = "zorzal" + System.nanoTime();
        String text = "El ministro dijo que el desempleo bajó al 3,1 % en mayo. La inflación subió más que nunca. "
                + word;
        int article = people.as(people.editor).body(Map.of("title", "Desempleo en mayo " + word, "text", text,
                "url", "https://example.org/es/" + word)).post("/api/v1/articles").then().statusCode(201)
                .extract().path("id");
        int claim = people.as(people.editor).body(Map.of("start", 0, "end", 57))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        people.publish(claim, "false", "La tasa fue del 4,2 %, no del 3,1 %.");

        CookieFilter editor = people.session(people.editor);
        CookieFilter reviewer = people.session(people.reviewer);
        List<String> problems = new ArrayList<>();

        noEnglish(problems, "/", page(editor, "/"), "Dashboard", "My claims", "Awaiting approval", "Overdue",
                "Claims by status", "Published per week", "published in the last", "See all", "due",
                "Nothing is assigned");
        noEnglish(problems, "/articles", page(editor, "/articles?q=" + word), "Articles", "Import article",
                "All outlets", "Outlet", "Search", "Filter", "Title", "Published", "Claims by status", "none",
                "article", "No article matches");
        noEnglish(problems, "/articles/id", page(editor, "/articles/" + article), "Edit details", "Text",
                "Create claim from selection", "Select words", "Claims", "Suggested claims", "Sentences ranked",
                "Make claim", "Already a claim", "Show all", "No sentences", "published", "Source");
        noEnglish(problems, "/articles/new", page(editor, "/articles/new"), "Import article", "Title",
                "Leave empty", "Outlet", "Author", "Source URL", "Published on", "Language", "Format of the pasted",
                "Detect", "Plain text", "Paste the article", "Upload file", "It replaces", "Cancel");
        noEnglish(problems, "/articles/id/edit", page(editor, "/articles/" + article + "/edit"), "Edit",
                "Edit article details", "Title", "Outlet", "Author", "Source URL", "Published on", "Language",
                "Save details", "The text cannot change", "Cancel");
        noEnglish(problems, "/notifications", page(reviewer, "/notifications"), "Notifications",
                "Mark all as read", "No notifications", "New");
        noEnglish(problems, "/reports", page(editor, "/reports?article=" + article), "Reports", "Verdict reports",
                "Article", "All articles", "From", "To", "Status", "Any status", "Rating", "Any rating", "Filter",
                "in this report", "Download", "published claims only", "up to", "Printable report", "Preview",
                "Statement", "Claimant", "Summary", "Published");
        noEnglish(problems, "/claims/id/history", page(editor, "/claims/" + claim + "/history"),
                "History of claim", "Back to claim", "newest first", "struck through", "No changes");
        noEnglish(problems, "/factchecks", page(null, "/factchecks?lang=es"), "Fact checks by",
                "No fact checks");
        noEnglish(problems, "/factchecks/id", page(null, "/factchecks/" + claim + "?lang=es"), "Fact checks by",
                "Fact check", "Claimed by", "where it appeared", "Our verdict", "Sources", "Published",
                "reviewed by", "approved by", "Corrections");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

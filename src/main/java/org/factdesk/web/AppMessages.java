package org.factdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the page shell (navigation, skip link, footer), the error pages and problem+json details, and the
 * words the language and time-zone choices share. English here; {@code messages/app_<tag>.properties} holds each
 * other language (docs/INTERNALS.md, "Languages"). Templates write {@code {app:signOut}}; Java code asks
 * {@link Localization#messages}.
 */
@MessageBundle("app")
public interface AppMessages {

    @Message("Skip to content")
    String skipLink();

    @Message("Main")
    String mainNavigation();

    @Message("Dashboard")
    String navDashboard();

    @Message("Articles")
    String navArticles();

    @Message("Claims")
    String navClaims();

    @Message("Reports")
    String navReports();

    @Message("Audit")
    String navAudit();

    @Message("Admin")
    String navAdmin();

    @Message("Notifications")
    String navNotifications();

    /** After the unread count, for screen readers. */
    @Message("unread")
    String unread();

    @Message("Your account")
    String yourAccount();

    @Message("Sign out")
    String signOut();

    @Message("FactDesk — claims, verdicts and their history, in one place.")
    String footer();

    @Message("Error {status}")
    String errorStatus(int status);

    @Message("When you report this, quote the error id:")
    String quoteErrorId();

    @Message("Back to the dashboard")
    String backToDashboard();

    @Message("Not found")
    String notFoundTitle();

    @Message("There is nothing at this address. It may have been moved or deleted.")
    String notFound();

    @Message("Not allowed")
    String notAllowedTitle();

    @Message("Your roles do not allow this. Ask an admin if you need access.")
    String rolesDoNotAllow();

    @Message("Sign in first: send HTTP Basic credentials or the session cookie.")
    String signInFirst();

    @Message("Changed meanwhile")
    String changedTitle();

    @Message("Someone else changed this while you were working on it. Reload the page to see their change.")
    String changedMeanwhile();

    @Message("Its version is now {version}.")
    String versionNow(long version);

    @Message("Not saved")
    String notSavedTitle();

    @Message("Not valid")
    String notValidTitle();

    @Message("The request is not valid.")
    String requestNotValid();

    @Message("Check these fields: {fields}.")
    String checkFields(String fields);

    @Message("Not allowed here")
    String wrongMethodTitle();

    @Message("This address does not take that kind of request.")
    String wrongMethod();

    @Message("Too large")
    String tooLargeTitle();

    @Message("What you sent is larger than FactDesk accepts.")
    String tooLarge();

    @Message("Bad request")
    String badRequestTitle();

    @Message("The request could not be understood.")
    String notUnderstood();

    @Message("The body of the request could not be read. Nothing was changed.")
    String bodyUnreadable();

    @Message("The body is nested too deeply or is too large to read.")
    String jsonTooDeep();

    @Message("The value of {field} has the wrong type or shape.")
    String jsonWrongShape(String field);

    @Message("The body must be one JSON object with the fields this call takes.")
    String jsonNotOneObject();

    @Message("The body is not valid JSON.")
    String jsonInvalid();

    @Message("The body is not valid JSON (line {line}, column {column}).")
    String jsonInvalidAt(int line, int column);

    @Message("Something went wrong")
    String unexpectedTitle();

    @Message("Something went wrong on our side. Nothing you did caused it. Error id: {errorId}.")
    String unexpected(String errorId);

    @Message("Language")
    String language();

    @Message("Desk default")
    String deskDefault();

    @Message("Time zone")
    String timeZone();

    @Message("The desk's zone ({zone})")
    String deskZone(String zone);

    // The admin area's and the audit log's shared tags (tags/adminNav, tags/auditNav).

    @Message("Administration")
    String adminNavigation();

    @Message("Accounts")
    String navAccounts();

    @Message("Rating scale")
    String navRatingScale();

    @Message("Organisation")
    String navOrganisation();

    @Message("Backups")
    String navBackups();

    @Message("Audit log views")
    String auditNavigation();

    @Message("Revisions")
    String navRevisions();

    @Message("Security events")
    String navSecurityEvents();

    // Texts built in Java for forms and the API (issue 15): a web address, a typed date, a problem's title.

    @Message("Enter a web address starting with http:// or https://.")
    String webAddress();

    @Message("Enter the date as YYYY-MM-DD, for example 2026-03-04.")
    String dateFormat();

    @Message("Enter a date from {first} to {last}.")
    String dateYears(int first, int last);

    @Message("There is no such day; enter the date as YYYY-MM-DD, for example 2026-03-04.")
    String dateNoSuchDay();

    /** A problem+json title: in English the HTTP reason phrase. */
    @Message("{#when status}{#is 400}Bad Request{#is 401}Unauthorized{#is 403}Forbidden{#is 404}Not Found"
            + "{#is 405}Method Not Allowed{#is 406}Not Acceptable{#is 409}Conflict{#is 413}Request Entity Too Large"
            + "{#is 415}Unsupported Media Type{#is 429}Too Many Requests{#is 500}Internal Server Error"
            + "{#is 503}Service Unavailable{#else}Error{/when}")
    String problemTitle(int status);

    @Message("Send a JSON object as the request body; an empty body or null changes nothing.")
    String jsonBodyMissing();

    @Message("The body starts with a byte-order mark; send plain UTF-8 JSON without one.")
    String jsonByteOrderMark();

    @Message("Too many exports are running at once on this server; try again in {seconds} seconds.")
    String exportsBusy(int seconds);

    @Message("The similar-claims index is still being built; try again in a few seconds.")
    String similarIndexing();

    // Refusals made before any resource runs (web.HttpFilters).

    @Message("Content Too Large")
    String contentTooLargeTitle();

    @Message("What you sent is larger than FactDesk accepts. Split it or shorten it, then try again.")
    String contentTooLarge();

    @Message("The Accept header could not be read; send media types such as text/html or application/json, "
            + "with q between 0 and 1.")
    String acceptUnreadable();

    @Message("This request came from another site and was refused.")
    String crossSiteRefused();

    // A Bean Validation constraint's refusal, worded here rather than in Hibernate Validator's English.

    @Message("Enter a value.")
    String fieldRequired();

    @Message("Use at most {max} characters.")
    String fieldTooLong(int max);

    @Message("Use from {min} to {max} characters.")
    String fieldLength(int min, int max);

    @Message("Enter an e-mail address such as name@example.org.")
    String fieldEmail();

    @Message("Enter {value} or more.")
    String fieldMin(long value);

    @Message("Enter {value} or less.")
    String fieldMax(long value);

    @Message("This value is not valid.")
    String fieldInvalid();
}

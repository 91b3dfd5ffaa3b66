package org.factdesk.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dashboard, in English; {@code messages/dashboard_<tag>.properties} holds each other language.
 * Templates write {@code {dashboard:title}}.
 */
@MessageBundle("dashboard")
public interface DashboardMessages {

    @Message("Dashboard")
    String title();

    @Message("My claims")
    String myClaims();

    @Message("Nothing is assigned to you. Claims an editor assigns to you will appear here, soonest due first.")
    String myClaimsEmpty();

    @Message("Awaiting approval")
    String awaitingApproval();

    @Message("No verdicts are waiting for a second editor.")
    String awaitingEmpty();

    @Message("Overdue")
    String overdue();

    @Message("Nothing is overdue. Well done.")
    String overdueEmpty();

    @Message("Claims by status")
    String byStatus();

    @Message("Published per week")
    String publishedWeekly();
}

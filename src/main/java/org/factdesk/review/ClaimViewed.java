package org.factdesk.review;

import org.factdesk.account.Account;

/**
 * A signed-in person opened a claim's page. Fired synchronously while the page is built, so what listens (the inbox,
 * which marks what it told them about the claim as read) is done before the page shows their unread count.
 */
public record ClaimViewed(Account viewer, long claimId) {
}

package org.factdesk.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.claim.Claim;
import org.factdesk.review.ClaimViewed;
import org.factdesk.review.ReviewEvent;

import io.quarkus.panache.common.Page;

/**
 * Turns workflow steps and mentions into notifications for the person they concern, in the step's own
 * transaction, and answers the inbox queries. A person is never told about their own action.
 */
@ApplicationScoped
public class NotificationService {

    static final int STATEMENT_CHARS = 120;

    /** One page of a person's notifications, newest first. */
    public record NotificationPage(List<Notification> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Records the notification a step calls for, if any; joins the transaction the step runs in. */
    @Transactional
    void on(@Observes ReviewEvent event) {
        Notification.Kind kind = kindOf(event.type());
        Account recipient = event.recipient();
        if (kind == null || recipient == null || event.claim() == null) {
            return;
        }
        if (event.actor() != null && Objects.equals(event.actor().id, recipient.id)) {
            return;
        }
        Notification n = new Notification();
        n.recipient = recipient;
        n.claim = event.claim();
        n.actor = event.actor();
        n.kind = kind;
        n.message = message(event);
        n.createdAt = Instant.now();
        n.persist();
    }

    /** The number of unread notifications, with one count on the recipient index. */
    public long unreadCount(Account recipient) {
        return recipient == null ? 0 : unreadCount(recipient.id);
    }

    public long unreadCount(long recipientId) {
        return Notification.count("recipient.id = ?1 and readAt is null", recipientId);
    }

    /**
     * The unread notifications, counted only up to {@code cap}: the navigation shows "99+" past that, and a person
     * with a long backlog should not pay for counting it on every page.
     */
    public int unreadCountUpTo(long recipientId, int cap) {
        return Notification.getEntityManager().createQuery("select n.id from Notification n "
                + "where n.recipient.id = ?1 and n.readAt is null", Long.class)
                .setParameter(1, recipientId).setMaxResults(cap).getResultList().size();
    }

    /** Opening a claim is reading what one was told about it. */
    @Transactional
    void onClaimViewed(@Observes ClaimViewed event) {
        markReadForClaim(event.viewer(), event.claimId());
    }

    /** Marks what the person was told about one claim as read, as they open it; one update. */
    @Transactional
    public int markReadForClaim(Account recipient, long claimId) {
        if (recipient == null) {
            return 0;
        }
        return Notification.update("readAt = ?1 where recipient.id = ?2 and claim.id = ?3 and readAt is null",
                Instant.now(), recipient.id, claimId);
    }

    @Transactional
    public int markAllRead(Account recipient) {
        if (recipient == null) {
            return 0;
        }
        return Notification.update("readAt = ?1 where recipient.id = ?2 and readAt is null", Instant.now(),
                recipient.id);
    }

    /** One page of the person's notifications, newest first, each with its claim (no query per row). */
    public NotificationPage page(Account recipient, boolean unreadOnly, int page, int size) {
        if (recipient == null) {
            return new NotificationPage(List.of(), 0, 0, size);
        }
        String where = "n.recipient.id = ?1" + (unreadOnly ? " and n.readAt is null" : "");
        long total = Notification.count("from Notification n where " + where, recipient.id);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<Notification> items = Notification
                .find("select n from Notification n join fetch n.claim where " + where
                        + " order by n.createdAt desc, n.id desc", recipient.id)
                .page(Page.of(current, size)).list();
        return new NotificationPage(items, total, current, size);
    }

    private static Notification.Kind kindOf(ReviewEvent.Type type) {
        return switch (type) {
            case ASSIGNED -> Notification.Kind.ASSIGNED;
            case RETURNED -> Notification.Kind.RETURNED;
            case APPROVED -> Notification.Kind.APPROVED;
            case CORRECTION_OPENED -> Notification.Kind.CORRECTION;
            case MENTIONED -> Notification.Kind.MENTION;
            default -> null;
        };
    }

    static String message(ReviewEvent event) {
        Claim claim = event.claim();
        String who = event.actor() == null ? "Someone" : event.actor().displayName;
        String about = "claim " + claim.id + ": “" + cut(claim.statement, STATEMENT_CHARS) + "”";
        String text = switch (event.type()) {
            case ASSIGNED -> who + " assigned you " + about
                    + (claim.dueDate == null ? "" : ", due " + claim.dueDate) + ".";
            case RETURNED -> who + " returned your verdict on " + about + "." + note("Note", event.note());
            case APPROVED -> who + " approved and published your verdict on " + about + ".";
            case CORRECTION_OPENED -> who + " opened a correction on " + about + "." + note("Reason", event.note());
            case MENTIONED -> who + " mentioned you on " + about + ".";
            default -> who + " changed " + about + ".";
        };
        return cut(text, 500);
    }

    private static String note(String label, String note) {
        return note == null || note.isBlank() ? "" : " " + label + ": " + note.strip();
    }

    /** At most {@code max} characters, ending with an ellipsis when cut, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "…";
    }
}

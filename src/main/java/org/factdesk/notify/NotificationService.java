package org.factdesk.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.review.ClaimViewed;
import org.factdesk.review.ReviewEvent;
import org.factdesk.web.Formats;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.panache.common.Page;

/**
 * Turns workflow steps and mentions into notifications for the person they concern, in the step's own
 * transaction, and answers the inbox queries. A person is never told about their own action.
 */
@ApplicationScoped
public class NotificationService {

    static final int STATEMENT_CHARS = 120;

    @Inject
    Inbox inbox;

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
        n.statement = cut(event.claim().statement, STATEMENT_CHARS);
        n.dueOn = kind == Notification.Kind.ASSIGNED ? event.claim().dueDate : null;
        n.note = kind == Notification.Kind.RETURNED || kind == Notification.Kind.CORRECTION ? noteOf(event) : null;
        n.message = sentence(Language.DEFAULT, kind,
                n.actor == null ? null : n.actor.displayName, n.claim.id, n.statement, n.dueOn, n.note);
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

    /**
     * Opening a claim is reading what one was told about it. Most views find nothing unread about the claim, which
     * the navigation's count (read for the page anyway) and then a read on the claim's index tell without a write;
     * when something was marked read, the navigation counts again.
     */
    void onClaimViewed(@Observes ClaimViewed event) {
        if (inbox.getUnread() > 0 && unreadAbout(event.viewer(), event.claimId())
                && markReadForClaim(event.viewer(), event.claimId()) > 0) {
            inbox.changed();
        }
    }

    private static boolean unreadAbout(Account recipient, long claimId) {
        return recipient != null && !Notification.getEntityManager().createQuery("select n.id from Notification n "
                + "where n.claim.id = ?1 and n.recipient.id = ?2 and n.readAt is null", Long.class)
                .setParameter(1, claimId).setParameter(2, recipient.id).setMaxResults(1).getResultList().isEmpty();
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
                .find("select n from Notification n join fetch n.claim left join fetch n.actor where " + where
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

    /**
     * The notification's sentence in {@code language}, made from the parts the row keeps, so each reader gets it in
     * their own language whoever wrote it. Rows from before the parts were kept show the English they were written in.
     */
    public static String text(Notification n, Language language) {
        if (n.statement == null) {
            return n.message;
        }
        return sentence(language, n.kind,
                n.actor == null ? null : n.actor.displayName, n.claim.id, n.statement, n.dueOn, n.note);
    }

    private static String sentence(Language language, Notification.Kind kind, String actor, long claimId,
            String statement, LocalDate due, String note) {
        NotifyMessages text = Localization.messages(NotifyMessages.class, language);
        String who = actor == null ? text.someone() : actor;
        String sentence = switch (kind) {
            case ASSIGNED -> text.assigned(who, claimId, statement,
                    due == null ? null : Formats.day(due, language.locale()));
            case RETURNED -> text.returned(who, claimId, statement) + (note == null ? "" : " " + text.note(note));
            case APPROVED -> text.approved(who, claimId, statement);
            case CORRECTION -> text.correction(who, claimId, statement)
                    + (note == null ? "" : " " + text.reason(note));
            case MENTION -> text.mentioned(who, claimId, statement);
            default -> text.changed(who, claimId, statement);
        };
        return cut(sentence, 500);
    }

    private static String noteOf(ReviewEvent event) {
        String note = event.note();
        return note == null || note.isBlank() ? null : cut(note, 500);
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

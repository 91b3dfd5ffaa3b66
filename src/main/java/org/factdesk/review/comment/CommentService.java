package org.factdesk.review.comment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.account.signin.Identities;
import org.factdesk.audit.AuditContext;
import org.factdesk.claim.Claim;
import org.factdesk.review.ReviewEvent;
import org.factdesk.review.ReviewMessages;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.Markdown;
import org.factdesk.web.MissingException;
import org.factdesk.web.ObjectRefusal;

import io.quarkus.security.identity.SecurityIdentity;

/** Comments on a claim: who may write them, the thread, and the events that notify mentioned colleagues. */
@ApplicationScoped
public class CommentService {

    /** A comment that cannot be saved as written, with the message for the {@code body} field. */
    @Inject
    Event<ReviewEvent> events;

    @Inject
    Localization localization;

    /**
     * Adds a comment by {@code author} to the claim, then tells the mentioned colleagues. Permission is checked
     * before the text, so a person who may not comment learns that first.
     */
    @Transactional
    public Comment post(long claimId, String body, Account author) {
        AuditContext.record("comment", null);
        Claim claim = find(claimId);
        requireCanComment(author, claim);
        String text = body == null ? "" : body.strip();
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.add("body", text().commentMissing());
        } else if (text.length() > Comment.MAX_BODY) {
            errors.add("body", text().commentTooLong(text.length()));
        } else if (text.indexOf('\0') >= 0) {
            errors.add("body", text().commentHasNul());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Comment comment = new Comment();
        comment.claim = claim;
        comment.author = author;
        comment.body = text;
        comment.createdAt = Instant.now();
        comment.persist();
        events.fire(new ReviewEvent(ReviewEvent.Type.COMMENTED, claim, author, null, null));
        for (Account mentioned : mentionedColleagues(text, author)) {
            events.fire(new ReviewEvent(ReviewEvent.Type.MENTIONED, claim, author, mentioned, null));
        }
        return comment;
    }

    /** The claim's comments, oldest first, with their authors. */
    public List<Comment> thread(Claim claim) {
        return Comment.list("select c from Comment c join fetch c.author where c.claim = ?1 order by c.createdAt, c.id",
                claim);
    }

    /** Editors comment on any claim; a reviewer only on a claim assigned to them; other roles only read. */
    public boolean canComment(Account account, Claim claim) {
        return reasonNotAllowed(account == null ? null : account.id, account != null && account.active,
                account != null && account.hasRole(Role.EDITOR), account != null && account.hasRole(Role.REVIEWER),
                claim) == null;
    }

    /** As {@link #canComment(Account, Claim)}, for the signed-in person, without loading their account. */
    public boolean canComment(SecurityIdentity identity, Claim claim) {
        Long id = Identities.accountId(identity);
        return reasonNotAllowed(id, id != null, identity.hasRole(Role.EDITOR_NAME),
                identity.hasRole(Role.REVIEWER_NAME), claim) == null;
    }

    public Claim find(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw new MissingException("No such claim.");
        }
        return claim;
    }

    private void requireCanComment(Account author, Claim claim) {
        CommentRefusal reason = reasonNotAllowed(author == null ? null : author.id, author != null && author.active,
                author != null && author.hasRole(Role.EDITOR), author != null && author.hasRole(Role.REVIEWER), claim);
        if (reason != null) {
            throw new ObjectRefusal(text().commentRefused(reason),
                    Localization.messages(ReviewMessages.class, Language.DEFAULT).commentRefused(reason));
        }
    }

    /** Why this person may not comment on the claim, or null when they may. */
    private static CommentRefusal reasonNotAllowed(Long accountId, boolean active, boolean editor, boolean reviewer,
            Claim claim) {
        if (accountId == null || !active) {
            return CommentRefusal.NO_ACTIVE_ACCOUNT;
        }
        if (editor) {
            return null;
        }
        if (reviewer) {
            return claim.assignee != null && Objects.equals(claim.assignee.id, accountId) ? null
                    : CommentRefusal.NOT_ASSIGNED;
        }
        return CommentRefusal.READ_ONLY;
    }

    /** Active accounts named in the text, other than the author. */
    private static List<Account> mentionedColleagues(String text, Account author) {
        Set<String> names = Markdown.mentions(text);
        names.remove(author.username);
        if (names.isEmpty()) {
            return List.of();
        }
        return Account.list("username in ?1 and active = true order by username", names);
    }

    /** The review texts in the reader's language (the API's: its Accept-Language, else English). */
    private ReviewMessages text() {
        return localization.messages(ReviewMessages.class);
    }
}

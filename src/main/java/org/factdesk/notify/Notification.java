package org.factdesk.notify;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.factdesk.account.Account;
import org.factdesk.claim.Claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Tells one person that something happened to a claim that concerns them. */
@Entity
public class Notification extends PanacheEntity {

    /** Why the person is told. */
    public enum Kind {
        ASSIGNED, RETURNED, APPROVED, CORRECTION, MENTION, SUBMITTED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    public Account recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Account actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    /** The sentence in English as it was written; the only text of rows from before the parts below were kept. */
    @Column(nullable = false, length = 500)
    public String message;

    /** The claim's statement when this was written, cut to fit; null on rows from before V12. */
    @Column(length = 120)
    public String statement;

    /** The step's note or reason, if it had one. */
    @Column(length = 500)
    public String note;

    /** The due date an assignment gave. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}

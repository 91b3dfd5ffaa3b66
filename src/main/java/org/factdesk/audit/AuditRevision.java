package org.factdesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited transaction: when, who, which workflow step and why. Envers writes it with the rows it changed; an
 * explicit sequence keeps it the same on H2 and PostgreSQL.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    @Column(name = "at_millis", nullable = false)
    public long atMillis;

    @Column(name = "account_id")
    public Long accountId;

    @Column(length = 32)
    public String username;

    /** The workflow step (assign, approve, …) when the change was one. */
    @Column(length = 32)
    public String action;

    /** The person's reason: a return note, a dismissal reason, a correction reason. */
    @Column(length = 2000)
    public String note;

    @Column(name = "request_id", length = 64)
    public String requestId;

    public Instant at() {
        return Instant.ofEpochMilli(atMillis);
    }
}

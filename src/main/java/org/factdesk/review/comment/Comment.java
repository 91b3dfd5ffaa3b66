package org.factdesk.review.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import org.factdesk.account.Account;
import org.factdesk.claim.Claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One message in a claim's discussion thread, written in Markdown. */
@Entity
@Audited
@Table(name = "claim_comment")
public class Comment extends PanacheEntity {

    public static final int MAX_BODY = 10_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    public Account author;

    @Column(nullable = false, length = MAX_BODY)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

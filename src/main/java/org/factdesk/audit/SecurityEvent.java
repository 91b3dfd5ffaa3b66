package org.factdesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.factdesk.web.SecuritySignal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One line of the security log: a sign-in, sign-out, failure or refusal, who and from where. Never updated. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntity {

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SecuritySignal.Kind kind;

    /** The name signed in or typed (normalised); null when nobody was signed in. */
    @Column(length = 64)
    public String username;

    @Column(name = "account_id")
    public Long accountId;

    @Column(length = 64)
    public String ip;

    @Column(length = 500)
    public String path;

    @Column(length = 500)
    public String detail;
}

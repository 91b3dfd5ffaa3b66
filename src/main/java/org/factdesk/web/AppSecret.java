package org.factdesk.web;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A secret generated once and shared by every instance through the database. */
@Entity
@Table(name = "app_secret")
public class AppSecret extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String name;

    @Column(nullable = false, length = 128)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

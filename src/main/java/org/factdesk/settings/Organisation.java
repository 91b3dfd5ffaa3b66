package org.factdesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The desk's publisher details (one row), used as the author of published fact checks. */
@Entity
@Audited
public class Organisation extends PanacheEntityBase {

    public static final long ID = 1L;

    @Id
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String url;

    @Column(name = "logo_url", length = 2000)
    public String logoUrl;

    @Version
    @Column(nullable = false)
    public long version;

    public static Organisation current() {
        return findById(ID);
    }
}

package org.factdesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The desk's publisher details (one row), used as the author of published fact checks, and its language and zone. */
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

    /**
     * The language tag of readers who chose none (and the public fact checks'). Not audited, like the zone: the
     * audit tables' columns are sealed text, and these are display preferences.
     */
    @NotAudited
    @Column(name = "default_language", nullable = false, length = 8)
    public String defaultLanguage = "en";

    /** The desk's time zone, a tz database id: its calendar for due dates and the default for showing times. */
    @NotAudited
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone = "UTC";

    @Version
    @Column(nullable = false)
    public long version;

    public static Organisation current() {
        return findById(ID);
    }
}

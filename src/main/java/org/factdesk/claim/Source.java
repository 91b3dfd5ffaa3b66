package org.factdesk.claim;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One piece of evidence cited by a verdict. */
@Entity
@Audited
public class Source extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verdict_id", nullable = false)
    public Verdict verdict;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 300)
    public String title;

    @Column(length = 200)
    public String publisher;

    @Column(name = "accessed_on")
    public LocalDate accessedOn;

    @Column(length = 5000)
    public String excerpt;

    /** The title, or the address when the source has none. */
    public String name() {
        return title == null || title.isBlank() ? url : title;
    }

    /** A source row of {@code verdict} at {@code position}. */
    public static Source of(Verdict verdict, int position, String url, String title, String publisher, String excerpt,
            LocalDate accessedOn) {
        Source source = new Source();
        source.verdict = verdict;
        source.position = position;
        source.url = url;
        source.title = title;
        source.publisher = publisher;
        source.excerpt = excerpt;
        source.accessedOn = accessedOn;
        return source;
    }
}

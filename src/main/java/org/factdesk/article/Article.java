package org.factdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.factdesk.account.Account;
import org.factdesk.web.MissingException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A news article brought into the desk; claims point into its body, which freezes once it has one. */
@Entity
@Audited
public class Article extends PanacheEntity {

    public static final int MAX_BODY_CHARS = 1_048_576;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    public String title;

    @Size(max = 200)
    @Column(length = 200)
    public String outlet;

    @Size(max = 200)
    @Column(length = 200)
    public String author;

    @Size(max = 2000)
    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Size(max = 16)
    @Column(length = 16)
    public String language;

    /** NFC text with \n line ends; claim offsets index into exactly this string. */
    @NotAudited
    @NotBlank
    @Column(nullable = false, length = MAX_BODY_CHARS)
    public String body;

    /** SHA-256 of the body, to spot the same text imported twice. */
    @Column(name = "body_hash", nullable = false, length = 64)
    public String bodyHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "imported_by")
    public Account importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The article, or a 404 for pages and API alike. */
    public static Article require(long id) {
        Article article = findById(id);
        if (article == null) {
            throw new MissingException("No such article.");
        }
        return article;
    }

    public static Optional<Article> findBySourceUrl(String url) {
        return find("sourceUrl", url).firstResultOptional();
    }

    public static Optional<Article> findByBodyHash(String hash) {
        return find("bodyHash", hash).firstResultOptional();
    }

    public static List<String> outlets() {
        return find("select distinct a.outlet from Article a where a.outlet is not null order by a.outlet")
                .project(String.class).list();
    }
}

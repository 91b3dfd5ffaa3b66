package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.factdesk.account.Account;
import org.factdesk.article.Article;
import org.factdesk.web.Localization;
import org.factdesk.web.StaleVersionException;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One checkable statement, anchored in an article's body by offsets and by its quote with context. */
@Entity
@Audited
public class Claim extends PanacheEntity {

    public static final int MAX_QUOTE_CHARS = 10_000;
    public static final int CONTEXT_CHARS = 32;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, length = MAX_QUOTE_CHARS)
    public String quote;

    @Column(nullable = false, length = 64)
    public String prefix;

    @Column(nullable = false, length = 64)
    public String suffix;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false, length = 2000)
    public String statement;

    @Size(max = 200)
    @Column(length = 200)
    public String claimant;

    @Column(name = "claim_date")
    public LocalDate claimDate;

    @Size(max = 2000)
    @Column(name = "appearance_url", length = 2000)
    public String appearanceUrl;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false, length = 40)
    public Set<String> tags = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Priority priority = Priority.NORMAL;

    /** Check-worthiness of the quoted text when the claim was made, 0..1. */
    @Column(nullable = false)
    public double score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ClaimStatus status = ClaimStatus.NEW;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public Account assignee;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public Account createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The latest verdict, draft or not: what the reviewer works on. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_verdict_id")
    public Verdict currentVerdict;

    /** The latest approved verdict: what readers and reports see, kept while a correction is being written. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_verdict_id")
    public Verdict publishedVerdict;

    /** Why an editor last returned the verdict; shown to the reviewer until the next submission. */
    @Column(name = "return_note", length = 2000)
    public String returnNote;

    @Column(name = "dismiss_reason", length = 2000)
    public String dismissReason;

    @Version
    @Column(nullable = false)
    public long version;

    public String scorePercent() {
        return Math.round(score * 100) + "%";
    }

    public String tagList() {
        return String.join(", ", new TreeSet<>(tags));
    }

    /**
     * The refusal when the claim's version moved on, in the language of the response being made; the answer re-reads
     * the claim to show it as it is now.
     */
    public static StaleVersionException changedMeanwhile() {
        return new StaleVersionException(
                Localization.messages(ClaimMessages.class, Localization.ofCurrentRequest()).changedMeanwhile(), null,
                null);
    }

    public static List<Claim> listForArticle(Article article) {
        return list("article = ?1 order by start, end", article);
    }

    /** What the article page shows of one of its claims: where it sits in the body and its line in the list. */
    public record InArticle(long id, int start, int end, String statement, ClaimStatus status, String claimant) {
    }

    /** The article's claims in body order, as {@link InArticle} rows (one query, no entities to manage). */
    public static List<InArticle> inArticle(Article article) {
        return getEntityManager().createQuery("select new org.factdesk.claim.Claim$InArticle(c.id, c.start, c.end, "
                + "c.statement, c.status, c.claimant) from Claim c where c.article = ?1 order by c.start, c.end, c.id",
                InArticle.class).setParameter(1, article).getResultList();
    }

    public static long countForArticle(Article article) {
        return count("article", article);
    }
}

package org.factdesk.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.factdesk.account.Account;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A rating of a claim with its explanation and evidence. A claim keeps every verdict it had: a correction adds a
 * new revision and the published ones are never edited.
 */
@Entity
@Audited
public class Verdict extends PanacheEntity {

    public static final int MAX_SUMMARY = 300;
    public static final int MAX_ANALYSIS = 100_000;
    public static final int MAX_SOURCES = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VerdictState state = VerdictState.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rating_id")
    public Rating rating;

    @Column(length = MAX_SUMMARY)
    public String summary;

    @Column(length = MAX_ANALYSIS)
    public String analysis;

    /** On a correction: what was corrected and why, shown with the published verdict. */
    @Column(name = "correction_note", length = 2000)
    public String correctionNote;

    /** The person who last wrote the verdict; the approver must be someone else. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approver_id")
    public Account approver;

    /**
     * Everyone who saved, submitted or reassigned this revision: none of them may approve it (four eyes over all
     * hands, not only the last). Not audited itself: each of those steps already has
     * its audit revision with who took it.
     */
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "verdict_contributor", joinColumns = @JoinColumn(name = "verdict_id"))
    @Column(name = "account_id", nullable = false)
    public Set<Long> contributorIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @OneToMany(mappedBy = "verdict", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Source> sources = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isCorrection() {
        return revision > 1;
    }

    /** Whether {@code who} wrote, submitted or reassigned this revision. */
    public boolean touchedBy(Account who) {
        return who != null && (author != null && author.id.equals(who.id) || contributorIds.contains(who.id));
    }

    /** Every verdict of a claim, newest first, with rating and people fetched in the same query. */
    public static List<Verdict> history(Claim claim) {
        return find("select v from Verdict v left join fetch v.rating left join fetch v.author "
                + "left join fetch v.approver where v.claim = ?1 order by v.revision desc", claim).list();
    }

    /** A new draft revision of the claim's verdict, not yet persisted. */
    public static Verdict newDraft(Claim claim, int revision) {
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.revision = revision;
        verdict.state = VerdictState.DRAFT;
        verdict.createdAt = Instant.now();
        verdict.updatedAt = verdict.createdAt;
        return verdict;
    }

    /**
     * Makes the sources those {@code wanted} (unsaved rows, in order). Rows are updated in place, so a save that
     * changes nothing writes no audit rows for them; a source whose address changes takes the wanted access date.
     */
    public void keepSources(List<Source> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            Source want = wanted.get(i);
            if (i < sources.size()) {
                Source s = sources.get(i);
                if (!want.url.equals(s.url)) {
                    s.url = want.url;
                    s.accessedOn = want.accessedOn;
                }
                s.title = want.title;
                s.publisher = want.publisher;
                s.excerpt = want.excerpt;
                s.position = i;
            } else {
                want.verdict = this;
                want.position = i;
                sources.add(want);
            }
        }
        while (sources.size() > wanted.size()) {
            sources.remove(sources.size() - 1);
        }
    }
}

package org.factdesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The paged, filtered claims list shared by the claims page and the API. */
@ApplicationScoped
public class ClaimQueries {

    /** One line of the claims list, joined with its article's title in the same query. */
    public record ClaimRow(Long id, String statement, ClaimStatus status, String claimant, double score,
            Instant updatedAt, Long articleId, String articleTitle) {
        public String percent() {
            return Math.round(score * 100) + "%";
        }
    }

    /** A page of rows. */
    public record ClaimPage(List<ClaimRow> rows, long total, int page, int pages, int size) {
    }

    public ClaimPage page(ClaimStatus status, String q, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and c.status = :status");
            params.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(c.statement) like :q escape '\\' or lower(c.quote) like :q escape '\\'"
                    + " or lower(c.claimant) like :q escape '\\')");
            params.and("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        long total = Claim.count("from Claim c where " + where, params);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(0, page), pages - 1);
        List<ClaimRow> rows = Claim.find("select c.id, c.statement, c.status, c.claimant, c.score, c.updatedAt, "
                + "a.id, a.title from Claim c join c.article a where " + where,
                Sort.descending("c.updatedAt", "c.id"), params)
                .page(Page.of(current, size)).project(ClaimRow.class).list();
        return new ClaimPage(rows, total, current, pages, size);
    }
}

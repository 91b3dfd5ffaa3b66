package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.Article;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Paged article lists: rows without bodies, and claim counts by status in one grouped query per page. */
@ApplicationScoped
public class ArticleQueries {

    /** One line of the article list; never carries the body. */
    public record ArticleRow(Long id, String title, String outlet, String author, LocalDate publishedOn,
            Instant importedAt) {
    }

    /** A page of rows with the claim counts of each article. */
    public record ArticlePage(List<ArticleRow> rows, Map<Long, Map<ClaimStatus, Long>> counts, long total, int page,
            int pages) {
        public Map<ClaimStatus, Long> countsOf(Long id) {
            return counts.getOrDefault(id, Map.of());
        }
    }

    public ArticlePage page(String outlet, String text, int page, int size) {
        // Stored article texts never hold NUL (ArticleText drops it, and PostgreSQL could not store it), so a NUL in
        // a filter can match nothing and must not reach the database, which would refuse the parameter.
        outlet = outlet == null ? null : outlet.replace("\0", "");
        text = text == null ? null : text.replace("\0", "");
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (outlet != null && !outlet.isBlank()) {
            where.append(" and a.outlet = :outlet");
            params.and("outlet", outlet.strip());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(a.title) like :q escape '\\' or lower(a.author) like :q escape '\\' or lower(a.body) like :q escape '\\')");
            params.and("q", "%" + escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        long total = Article.count("from Article a where " + where, params);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(0, page), pages - 1);
        List<ArticleRow> rows = Article.find("from Article a where " + where, Sort.descending("importedAt", "id"), params)
                .page(Page.of(current, size)).project(ArticleRow.class).list();
        return new ArticlePage(rows, countsByStatus(rows.stream().map(ArticleRow::id).toList()), total, current, pages);
    }

    /** Claim counts per article and status for the given articles, in one query. */
    public static Map<Long, Map<ClaimStatus, Long>> countsByStatus(List<Long> articleIds) {
        Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        IdSlots ids = IdSlots.of(articleIds, 1);
        List<Object[]> rows = ids.bind(Claim.getEntityManager().createQuery(
                "select c.article.id, c.status, count(c) from Claim c where c.article.id in " + ids.placeholders()
                        + " group by c.article.id, c.status", Object[].class)).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ClaimStatus.class))
                    .put((ClaimStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

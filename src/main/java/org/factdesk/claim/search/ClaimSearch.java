package org.factdesk.claim.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.factdesk.claim.ClaimStatus;

/**
 * Finds claims in the index: a filter (statuses, assignee, rating, due dates, the verdict's author to leave out, and
 * search text) in one of the list's orders, one page at a time with the exact total. Returns ids only; the caller
 * reads the rows it shows from the database by primary key. Every answer is empty while the index is not ready, so
 * callers fall back to the database.
 */
@ApplicationScoped
public class ClaimSearch {

    /**
     * What to find; null components do not filter. {@code assignee} and {@code notAuthor} are account ids as text, or
     * {@link ClaimDocuments#NONE}; {@code rating} a rating key or {@link ClaimDocuments#NONE}; due dates are inclusive.
     */
    public record Criteria(Set<ClaimStatus> statuses, String assignee, String notAuthor, String rating,
            LocalDate dueFrom, LocalDate dueTo, SearchText text) {
    }

    /** The list's orders; each ends on the claim id so that every order is total and pages never overlap. */
    public enum Order {
        UPDATED(new SortField(ClaimDocuments.UPDATED, SortField.Type.LONG, true),
                new SortField(ClaimDocuments.ID_VALUE, SortField.Type.LONG, true)),
        LEAST_RECENTLY_UPDATED(new SortField(ClaimDocuments.UPDATED, SortField.Type.LONG),
                new SortField(ClaimDocuments.ID_VALUE, SortField.Type.LONG)),
        DUE(new SortField(ClaimDocuments.DUE, SortField.Type.LONG),
                new SortField(ClaimDocuments.ID_VALUE, SortField.Type.LONG)),
        PRIORITY(new SortField(ClaimDocuments.URGENCY, SortField.Type.LONG, true),
                new SortField(ClaimDocuments.DUE, SortField.Type.LONG),
                new SortField(ClaimDocuments.ID_VALUE, SortField.Type.LONG)),
        SCORE(new SortField(ClaimDocuments.SCORE, SortField.Type.DOUBLE, true),
                new SortField(ClaimDocuments.ID_VALUE, SortField.Type.LONG, true)),
        RELEVANCE(SortField.FIELD_SCORE, new SortField(ClaimDocuments.UPDATED, SortField.Type.LONG, true),
                new SortField(ClaimDocuments.ID_VALUE, SortField.Type.LONG, true));

        final Sort sort;
        final Sort reversed;

        Order(SortField... fields) {
            this.sort = new Sort(fields);
            SortField[] flipped = new SortField[fields.length];
            for (int i = 0; i < fields.length; i++) {
                SortField f = fields[i];
                flipped[i] = f.getType() == SortField.Type.SCORE ? new SortField(null, SortField.Type.SCORE, true)
                        : new SortField(f.getField(), f.getType(), !f.getReverse());
            }
            this.reversed = new Sort(flipped);
        }
    }

    /**
     * How deep pages go from either end of a list. A page in the middle of a long list costs a sort of half of it (a
     * tenth of a second at a million claims), so the pages more than this many claims from both ends are not served:
     * a person narrows the filter instead, and a script exports the report.
     */
    public static final int WINDOW = 10_000;

    /**
     * One page of claim ids in order, the exact number of matches, and the page actually shown; {@code tooDeep} when
     * that page lies more than {@link #WINDOW} claims from both ends (then {@code ids} is empty).
     */
    public record Hits(List<Long> ids, long total, int page, int pages, boolean tooDeep) {
    }

    @Inject
    ClaimIndex index;

    /** {@link #WINDOW}, smaller in tests. */
    int window = WINDOW;

    /**
     * The {@code page}th page (from 0, clamped to the last) of {@code size} claims matching {@code criteria}.
     * A page in the second half of the results is read from the end in the reverse order, so no page collects
     * more than {@link #WINDOW} matches.
     */
    public Optional<Hits> find(Criteria criteria, Order order, int page, int size) {
        Query query = query(criteria);
        return index.read(searcher -> {
            int total = searcher.count(query);
            int pages = Math.max(1, (int) ((total + (long) size - 1) / size));
            int current = Math.min(Math.max(0, page), pages - 1);
            int from = Math.min(total, current * size);
            int to = Math.min(total, from + size);
            if (from >= window && total - from > window) {
                return new Hits(List.of(), total, current, pages, true);
            }
            List<Long> ids = new ArrayList<>(to - from);
            if (to > from) {
                if (from <= total - to) {
                    ScoreDoc[] top = searcher.search(query, to, order.sort).scoreDocs;
                    for (int i = from; i < Math.min(to, top.length); i++) {
                        ids.add(id(top[i]));
                    }
                } else {
                    ScoreDoc[] bottom = searcher.search(query, total - from, order.reversed).scoreDocs;
                    for (int i = from; i < to; i++) {
                        int k = total - 1 - i;
                        if (k < bottom.length) {
                            ids.add(id(bottom[k]));
                        }
                    }
                }
            }
            return new Hits(ids, total, current, pages, false);
        });
    }

    /** How many claims are in each status. */
    public Optional<Map<ClaimStatus, Long>> countsByStatus() {
        return index.read(searcher -> {
            Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus s : ClaimStatus.values()) {
                counts.put(s, (long) searcher.count(new TermQuery(new Term(ClaimDocuments.STATUS, s.name()))));
            }
            return counts;
        });
    }

    /** The claim id a hit carries as its last sort value. */
    private static long id(ScoreDoc hit) {
        Object[] fields = ((FieldDoc) hit).fields;
        return (Long) fields[fields.length - 1];
    }

    static Query query(Criteria c) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        boolean scored = c.text() != null && c.text().query() != null;
        q.add(scored ? c.text().query() : new MatchAllDocsQuery(), scored ? Occur.MUST : Occur.FILTER);
        if (c.statuses() != null && !c.statuses().isEmpty()) {
            List<BytesRef> names = c.statuses().stream().map(s -> new BytesRef(s.name())).toList();
            q.add(names.size() == 1 ? new TermQuery(new Term(ClaimDocuments.STATUS, names.get(0)))
                    : new TermInSetQuery(ClaimDocuments.STATUS, names), Occur.FILTER);
        }
        term(q, ClaimDocuments.ASSIGNEE, c.assignee(), Occur.FILTER);
        term(q, ClaimDocuments.RATING, c.rating(), Occur.FILTER);
        term(q, ClaimDocuments.AUTHOR, c.notAuthor(), Occur.MUST_NOT);
        if (c.dueFrom() != null || c.dueTo() != null) {
            long from = c.dueFrom() == null ? Long.MIN_VALUE : c.dueFrom().toEpochDay();
            long to = c.dueTo() == null ? ClaimDocuments.NO_DUE - 1 : c.dueTo().toEpochDay();
            q.add(LongPoint.newRangeQuery(ClaimDocuments.DUE, from, to), Occur.FILTER);
        }
        return q.build();
    }

    private static void term(BooleanQuery.Builder q, String field, String value, Occur occur) {
        if (value != null) {
            q.add(new TermQuery(new Term(field, value)), occur);
        }
    }
}

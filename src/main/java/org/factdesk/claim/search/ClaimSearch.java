package org.factdesk.claim.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
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

    /**
     * A list read for a page at least this deep is kept (see {@link #ordered}); nearer pages sort only as far as they
     * show, which costs less than looking a kept list up.
     */
    static final int KEEP_FROM = 500;

    /**
     * How many deep lists are kept at once, each at most {@link #WINDOW} and a page of ids (80 KB): the least recently
     * used goes first. A list is kept for the searcher it was read from, so a change to the desk (a new searcher)
     * leaves it unused until it is pushed out.
     */
    static final int KEPT = 8;

    /** A kept list: for which searcher, matches, order and end. */
    private record Ordering(IndexReader.CacheKey reader, Query query, Order order, boolean fromEnd) {
    }

    private final Map<Ordering, long[]> orderings = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Ordering, long[]> eldest) {
                    return size() > KEPT;
                }
            });

    @Inject
    ClaimIndex index;

    /** {@link #WINDOW}, smaller in tests. */
    int window = WINDOW;

    /** {@link #KEEP_FROM}, smaller in tests. */
    int keepFrom = KEEP_FROM;

    /**
     * The {@code page}th page (from 0, clamped to the last) of {@code size} claims matching {@code criteria}.
     * A page in the second half of the results is read from the end in the reverse order, so no page collects
     * more than {@link #WINDOW} matches and a page; a deep page is cut from a list kept for the next (see
     * {@link #ordered}).
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
                boolean fromEnd = from > total - to;
                long[] ordered = ordered(searcher, query, order, fromEnd, fromEnd ? total - from : to,
                        Math.min(total, window + size));
                for (int i = from; i < to; i++) {
                    int k = fromEnd ? total - 1 - i : i;
                    if (k < ordered.length) {
                        ids.add(ordered[k]);
                    }
                }
            }
            return new Hits(ids, total, current, pages, false);
        });
    }

    /**
     * The first {@code needed} ids of the matches in {@code order} (or from the end, in the reverse order). A short
     * list is read each time; a long one, for a page deep into the list, is read {@code keep} long and kept with the
     * searcher it was read from, so the next deep page of the same list is cut from it instead of sorting again.
     */
    private long[] ordered(IndexSearcher searcher, Query query, Order order, boolean fromEnd, int needed, int keep)
            throws IOException {
        IndexReader.CacheHelper reader = searcher.getIndexReader().getReaderCacheHelper();
        if (needed <= keepFrom || reader == null) {
            return ids(searcher.search(query, needed, fromEnd ? order.reversed : order.sort).scoreDocs);
        }
        Ordering key = new Ordering(reader.getKey(), query, order, fromEnd);
        long[] known = orderings.get(key);
        if (known != null && known.length >= needed) {
            return known;
        }
        long[] read = ids(searcher.search(query, Math.max(needed, keep), fromEnd ? order.reversed : order.sort)
                .scoreDocs);
        orderings.put(key, read);
        return read;
    }

    private static long[] ids(ScoreDoc[] hits) {
        long[] ids = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            ids[i] = id(hits[i]);
        }
        return ids;
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

    /** How many claims have a published verdict and are not dismissed: what the public fact-check list holds. */
    public Optional<Long> countPublished() {
        Query published = new BooleanQuery.Builder()
                .add(NumericDocValuesField.newSlowExactQuery(ClaimDocuments.PUBLISHED, 1), Occur.FILTER)
                .add(new TermQuery(new Term(ClaimDocuments.STATUS, ClaimStatus.DISMISSED.name())), Occur.MUST_NOT)
                .build();
        return index.read(searcher -> (long) searcher.count(published));
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

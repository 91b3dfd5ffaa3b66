package org.factdesk.claim.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Reads, for a range of claim ids, the change stamp each indexed claim was written with (the consistency check). */
final class IndexStamps extends SimpleCollector {

    private final Map<Long, Long> stamps = new HashMap<>();
    private NumericDocValues ids;
    private NumericDocValues updated;

    private IndexStamps() {
    }

    /** Claim id to {@code updated_at} in microseconds, for the indexed claims with {@code from <= id <= to}. */
    static Map<Long, Long> between(IndexSearcher searcher, long from, long to) throws IOException {
        IndexStamps collector = new IndexStamps();
        searcher.search(LongPoint.newRangeQuery(ClaimDocuments.ID_VALUE, from, to), collector);
        return collector.stamps;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        ids = DocValues.getNumeric(context.reader(), ClaimDocuments.ID_VALUE);
        updated = DocValues.getNumeric(context.reader(), ClaimDocuments.UPDATED);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (ids.advanceExact(doc) && updated.advanceExact(doc)) {
            stamps.put(ids.longValue(), updated.longValue());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}

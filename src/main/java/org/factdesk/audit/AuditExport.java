package org.factdesk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the sealed revisions, in seal order, with everything an outsider needs to recompute each seal: the seal
 * before it, the seal and the canonical text (docs/AUDIT.md). Reads the database in chunks of seals, so memory
 * stays flat whatever the length of the log; plain JDBC like {@link AuditChain}.
 */
public final class AuditExport {

    /** Seals read and written per round trip; each round holds this many canonical texts at most. */
    static final int CHUNK = 2000;

    public static final List<String> COLUMNS = List.of("seq", "rev", "at", "user", "action", "note", "prevSeal",
            "seal", "canonical");

    /** One exported revision. */
    public record Record(long seq, long rev, Instant at, String user, String action, String note, String prevSeal,
            String seal, String canonical) {
    }

    /** Receives each exported revision in seal order. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(Record record) throws IOException;
    }

    private AuditExport() {
    }

    /** Streams the sealed revisions that match a valid filter, in seal order. */
    public static void each(Connection connection, AuditFilter filter, RecordSink sink)
            throws SQLException, IOException {
        long after = 0;
        while (true) {
            List<Object> params = new ArrayList<>();
            params.add(after);
            String sql = "select s.seq, s.rev, s.prev_seal, s.seal, r.at_millis, r.username, r.action, r.note "
                    + "from audit_seal s join audit_revision r on r.id = s.rev where s.seq > ?"
                    + filter.revisionConditions(params) + " order by s.seq limit ?";
            params.add(CHUNK);
            List<Record> heads = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.add(new Record(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(5)),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(3), rs.getString(4),
                                null));
                    }
                }
            }
            if (heads.isEmpty()) {
                return;
            }
            // Seal order is revision order except for a revision that committed late; one walk over the chunk's
            // revision range finds every text the chunk needs.
            Set<Long> wanted = new HashSet<>();
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (Record head : heads) {
                wanted.add(head.rev());
                lo = Math.min(lo, head.rev());
                hi = Math.max(hi, head.rev());
            }
            Map<Long, String> texts = new HashMap<>();
            AuditChain.walk(connection, lo, hi, wanted::contains, texts::put);
            for (Record h : heads) {
                sink.accept(new Record(h.seq(), h.rev(), h.at(), h.user(), h.action(), h.note(), h.prevSeal(),
                        h.seal(), texts.get(h.rev())));
            }
            if (heads.size() < CHUNK) {
                return;
            }
            after = heads.get(heads.size() - 1).seq();
        }
    }

    /** The export as RFC 4180 CSV in UTF-8, one record per line after the header. */
    public static void csv(Connection connection, AuditFilter filter, OutputStream out)
            throws SQLException, IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        each(connection, filter, r -> printer.printRecord(r.seq(), r.rev(), r.at().toString(), cell(r.user()),
                cell(r.action()), cell(r.note()), r.prevSeal(), r.seal(), cell(r.canonical())));
        printer.flush();
    }

    /** The export as a JSON array of records, written as it is read. */
    public static void json(Connection connection, AuditFilter filter, OutputStream out)
            throws SQLException, IOException {
        // The response owns the stream; the generator only writes to it.
        try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            each(connection, filter, r -> {
                json.writeStartObject();
                json.writeNumberField("seq", r.seq());
                json.writeNumberField("rev", r.rev());
                json.writeStringField("at", r.at().toString());
                json.writeStringField("user", r.user());
                json.writeStringField("action", r.action());
                json.writeStringField("note", r.note());
                json.writeStringField("prevSeal", r.prevSeal());
                json.writeStringField("seal", r.seal());
                json.writeStringField("canonical", r.canonical());
                json.writeEndObject();
            });
            json.writeEndArray();
        }
    }

    /**
     * A text cell a spreadsheet will not run as a formula: one that begins with = + - @, a tab or a carriage return
     * gets a leading apostrophe. Canonical texts begin with "revision", so they always reach the file unchanged.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}

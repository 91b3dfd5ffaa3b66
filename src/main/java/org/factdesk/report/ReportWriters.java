package org.factdesk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes verdict reports row by row as CSV, JSON or ClaimReview JSON-LD; nothing is collected in memory. */
public final class ReportWriters {

    /**
     * The CSV's header row in the reader's language ({@code messages}): it is read by people in a spreadsheet, so
     * it is a row of labels; scripts read the JSON, whose field names never change. The columns and their order are
     * fixed.
     */
    public static List<String> csvHeader(ReportMessages messages) {
        return List.of(messages.csvArticleTitle(), messages.csvArticleUrl(), messages.csvQuote(),
                messages.csvStatement(), messages.csvClaimant(), messages.csvClaimDate(), messages.csvStatus(),
                messages.csvRating(), messages.csvSummary(), messages.csvSources(), messages.csvReviewer(),
                messages.csvApprover(), messages.csvPublishedOn(), messages.csvCorrectionNote(),
                messages.csvClaimUrl());
    }

    private ReportWriters() {
    }

    /** A streaming sink for one format. */
    public interface Sink extends AutoCloseable {
        void write(VerdictRow row);

        @Override
        void close();
    }

    /**
     * RFC 4180 CSV in UTF-8 with {@code header} as its first row ({@link #csvHeader}); formula-like cells are
     * neutralised; the publication date is the day in {@code zone}.
     */
    public static Sink csv(OutputStream out, String baseUrl, List<String> header, ZoneId zone) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer;
        try {
            printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(header.stream().map(ReportWriters::safe).toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sink() {
            @Override
            public void write(VerdictRow r) {
                try {
                    printer.printRecord(safe(r.articleTitle()), safe(r.articleUrl()), safe(r.quote()),
                            safe(r.statement()), safe(r.claimant()), r.claimDate() == null ? "" : r.claimDate(),
                            r.status(), safe(r.ratingLabel()), safe(r.summary()), safe(r.sources()),
                            safe(r.reviewer()), safe(r.approver()), r.publishedAt() == null ? ""
                                    : r.publishedAt().atZone(zone).toLocalDate(),
                            safe(r.correctionNote()), baseUrl + "/claims/" + r.claimId());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    printer.close(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** A JSON array of objects with the CSV's data under stable camel-case names. */
    public static Sink json(OutputStream out, ObjectMapper mapper, String baseUrl) {
        JsonGenerator json = generator(out, mapper);
        return new Sink() {
            @Override
            public void write(VerdictRow r) {
                try {
                    json.writeStartObject();
                    json.writeNumberField("claimId", r.claimId());
                    json.writeStringField("articleTitle", r.articleTitle());
                    json.writeStringField("articleUrl", r.articleUrl());
                    json.writeStringField("quote", r.quote());
                    json.writeStringField("statement", r.statement());
                    json.writeStringField("claimant", r.claimant());
                    json.writeStringField("claimDate", r.claimDate() == null ? null : r.claimDate().toString());
                    json.writeStringField("status", r.status());
                    json.writeStringField("rating", r.ratingKey());
                    json.writeStringField("ratingLabel", r.ratingLabel());
                    json.writeStringField("summary", r.summary());
                    json.writeStringField("sources", r.sources());
                    json.writeStringField("reviewer", r.reviewer());
                    json.writeStringField("approver", r.approver());
                    json.writeStringField("publishedAt", r.publishedAt() == null ? null : r.publishedAt().toString());
                    json.writeStringField("correctionNote", r.correctionNote());
                    json.writeStringField("claimUrl", baseUrl + "/claims/" + r.claimId());
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                end(json);
            }
        };
    }

    /** A JSON-LD array of ClaimReview objects; give it published rows only. */
    public static Sink claimReview(OutputStream out, ObjectMapper mapper, ClaimReviews.Context context) {
        JsonGenerator json = generator(out, mapper);
        return new Sink() {
            @Override
            public void write(VerdictRow r) {
                try {
                    json.writeObject(ClaimReviews.of(r, context));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                end(json);
            }
        };
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection advice). */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    private static JsonGenerator generator(OutputStream out, ObjectMapper mapper) {
        try {
            JsonGenerator json = mapper.getFactory().createGenerator(out);
            json.writeStartArray();
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void end(JsonGenerator json) {
        try {
            json.writeEndArray();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

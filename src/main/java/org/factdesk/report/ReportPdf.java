package org.factdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.claim.ClaimLabels;
import org.factdesk.claim.Rating;
import org.factdesk.claim.RatingLabels;
import org.factdesk.web.Formats;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.LocalizedTemplates;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * The printable verdict report: one Qute template rendered as an HTML page to print and, through openhtmltopdf,
 * as a PDF with DejaVu Sans embedded so Cyrillic, Greek, Hebrew and other non-Latin names print. A PDF is laid out
 * whole in memory, so it holds at most {@link #MAX_CLAIMS} claims; CSV and JSON have no limit.
 *
 * <p>
 * It is written in its reader's language with dates in the reader's zone ({@link Edition}), except the ratings,
 * which are named in the desk's language as in every report and ClaimReview. Its language and zone are passed in
 * rather than read from the request, since the PDF is written after the resource method has returned.
 */
@ApplicationScoped
public class ReportPdf {

    public static final int MAX_CLAIMS = 1000;

    /**
     * Who a report is written for: {@code reader} its texts and dates, {@code zone} its times, {@code desk} its
     * ratings' names.
     */
    public record Edition(Language reader, ZoneId zone, Language desk) {

        /** The edition of the current request's reader, or of {@code lang} where that names one of our languages. */
        public static Edition of(Localization localization, String lang) {
            return new Edition(Language.ofTag(lang).orElseGet(localization::language), localization.zone(),
                    localization.deskLanguage());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(String organisation, String lang, String filterText, String generated,
                List<VerdictRow> rows, long total, boolean truncated, RawString css, RawString pageCounter);
    }

    /** The PDF gets the print style inline: openhtmltopdf does not fetch the stylesheet over HTTP. */
    private static final RawString CSS = new RawString(resource("/META-INF/resources/css/report.css"));

    @Inject
    VerdictReports reports;

    /** The report as an HTML page (for the browser's print) or as the XHTML source of the PDF. */
    public String html(ReportFilter filter, String organisation, boolean pdf, Edition edition) {
        List<VerdictRow> rows = new ArrayList<>();
        long total = QuarkusTransaction.requiringNew().call(() -> reports.count(filter));
        reports.stream(filter, false, MAX_CLAIMS, row -> rows.add(row.labelledIn(edition.desk())));
        ReportMessages messages = Localization.messages(ReportMessages.class, edition.reader());
        String generated = Formats.moment(Instant.now(), edition.reader().locale(), edition.zone());
        // The page counter is CSS text (@page content), which no HTML escaping may touch: its words are quoted here.
        RawString counter = new RawString(cssString(messages.reportPage() + " ") + " counter(page) "
                + cssString(" " + messages.reportPageOf() + " ") + " counter(pages)");
        // The filter names its rating by the label its reader knows; a key no rating has (any more) stays as typed.
        String rating = filter.rating() == null ? null : QuarkusTransaction.requiringNew().call(() -> Rating
                .byKey(filter.rating()).map(r -> RatingLabels.label(r.key, r.label, edition.reader()))
                .orElse(filter.rating()));
        return Templates.report(organisation, edition.reader().tag(), filterText(filter, rating, messages, edition),
                generated, rows, total, total > rows.size(), pdf ? CSS : null, counter)
                .setLocale(edition.reader().locale())
                .setAttribute(LocalizedTemplates.ZONE, edition.zone())
                .render();
    }

    /**
     * The filter in a sentence of the reader's language: its dates as they read them, its status in their words, its
     * rating by {@code rating}, the label they read.
     */
    private static String filterText(ReportFilter filter, String rating, ReportMessages messages, Edition edition) {
        return messages.reportFilter(filter.article(),
                filter.from() == null ? null : Formats.day(filter.from(), edition.reader().locale()),
                filter.to() == null ? null : Formats.day(filter.to(), edition.reader().locale()),
                filter.status() == null ? null : ClaimLabels.of(filter.status(), edition.reader()),
                rating);
    }

    /** A CSS string literal holding {@code text}. */
    static String cssString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
                sb.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    /** Writes the PDF of the report to {@code out}. */
    public void write(OutputStream out, ReportFilter filter, String organisation, String baseUrl, Edition edition) {
        String html = html(filter, organisation, true, edition);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans");
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), baseUrl + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font missing from the build: " + name);
        }
        return in;
    }
}

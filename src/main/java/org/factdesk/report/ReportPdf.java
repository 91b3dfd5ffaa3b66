package org.factdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 */
@ApplicationScoped
public class ReportPdf {

    public static final int MAX_CLAIMS = 1000;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(String organisation, ReportFilter filter, String generated,
                List<VerdictRow> rows, long total, boolean truncated, RawString css);
    }

    /** The PDF gets the print style inline: openhtmltopdf does not fetch the stylesheet over HTTP. */
    private static final RawString CSS = new RawString(resource("/META-INF/resources/css/report.css"));

    @Inject
    VerdictReports reports;

    /** The report as an HTML page (for the browser's print) or as the XHTML source of the PDF. */
    public String html(ReportFilter filter, String organisation, boolean pdf) {
        List<VerdictRow> rows = new ArrayList<>();
        long total = QuarkusTransaction.requiringNew().call(() -> reports.count(filter));
        reports.stream(filter, false, MAX_CLAIMS, rows::add);
        return Templates.report(organisation, filter, GENERATED.format(ZonedDateTime.now(ZoneOffset.UTC)), rows,
                total, total > rows.size(), pdf ? CSS : null).render();
    }

    /** Writes the PDF of the report to {@code out}. */
    public void write(OutputStream out, ReportFilter filter, String organisation, String baseUrl) {
        String html = html(filter, organisation, true);
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

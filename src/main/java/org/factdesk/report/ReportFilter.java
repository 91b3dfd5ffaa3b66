package org.factdesk.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factdesk.claim.ClaimStatus;
import org.factdesk.web.FormErrors;
import org.factdesk.web.DateInput;
import org.factdesk.web.Localization;

/**
 * A verdict report's filter as it appears in the URL: article id, publication dates of the verdict (inclusive,
 * UTC), claim status and rating key. Values that do not parse are reported by field, in the language of the
 * response being made, and nothing is exported.
 */
public record ReportFilter(Long article, LocalDate from, LocalDate to, ClaimStatus status, String rating,
        FormErrors errors) {

    public static ReportFilter parse(String article, String from, String to, String status, String rating) {
        FormErrors errors = new FormErrors();
        ReportMessages text = Localization.messages(ReportMessages.class, Localization.ofCurrentRequest());
        Long articleId = null;
        if (article != null && !article.isBlank()) {
            try {
                articleId = Long.parseLong(article.strip());
            } catch (NumberFormatException e) {
                errors.add("article", text.filterArticle());
            }
        }
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to", text.filterDates());
        }
        ClaimStatus s = ClaimStatus.parse(status).orElse(null);
        if (s == null && status != null && !status.isBlank()) {
            errors.add("status", text.filterStatus());
        }
        String r = rating == null || rating.isBlank() ? null : rating.strip();
        if (r != null && r.indexOf('\0') >= 0) {
            // No rating key holds NUL, and PostgreSQL would refuse the parameter.
            errors.add("rating", text.filterRating());
            r = null;
        }
        return new ReportFilter(articleId, fromDate, toDate, s, r, errors);
    }

    /** The query string that reproduces the filter ({@code article=3&rating=false}), for links; empty for none. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("article", article == null ? null : article.toString());
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        params.put("status", status == null ? null : status.key());
        params.put("rating", rating);
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    public String statusKey() {
        return status == null ? "" : status.key();
    }

    private static LocalDate date(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateInput.read(value, field, errors);
    }
}

package org.factdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.account.Account;
import org.factdesk.spotting.LanguageGuesser;
import org.factdesk.web.DateInput;
import org.factdesk.web.DeskClock;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Localization;
import org.factdesk.web.MissingException;
import org.factdesk.web.WebAddress;

/**
 * Brings articles in: turns pasted text, Markdown, HTML or an uploaded file into a normalised body, checks it, and
 * guesses its language when none is given (a given one always wins; a body too short to tell keeps none).
 */
@ApplicationScoped
public class ArticleService {

    /** Pasted text that starts like markup is treated as HTML. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<main|<div|<p[\\s>]|<h[1-6][\\s>]|<section)");

    /** How the text should be read. */
    /** How pasted text is read; AUTO tells plain text from HTML by its first characters. */
    public enum Format {
        AUTO, TEXT, MARKDOWN, HTML;

        /** The format named (in any case), AUTO when none is named, empty when the name is not a format. */
        public static Optional<Format> parse(String name) {
            if (name == null || name.isBlank()) {
                return Optional.of(AUTO);
            }
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** What the import form and the API send. */
    public record ArticleInput(String title, String outlet, String author, String url, String publishedOn,
            String language, String text, String format, String fileName, byte[] fileBytes, boolean allowDuplicate) {

        /** The empty import form. */
        public static ArticleInput empty() {
            return new ArticleInput("", "", "", "", "", "", "", "AUTO", null, null, false);
        }

        /** The details form shows the same fields as the import form, without the text. */
        public static ArticleInput of(Metadata details) {
            return new ArticleInput(details.title(), details.outlet(), details.author(), details.url(),
                    details.publishedOn(), details.language(), "", "AUTO", null, null, false);
        }
    }

    @Inject
    FactDeskConfig config;

    @Inject
    LanguageGuesser languages;

    @Inject
    Localization localization;

    @Transactional
    public Article importArticle(ArticleInput input, Account importer) {
        FormErrors errors = new FormErrors();
        String title = trim(input.title());
        String author = trim(input.author());
        String url = trim(input.url());
        LocalDate publishedOn = null;
        String body = null;

        String raw = null;
        Format format = Format.parse(input.format()).orElse(null);
        if (format == null) {
            errors.add("format", text().chooseFormat());
            format = Format.AUTO;
        }
        boolean hasFile = input.fileBytes() != null && input.fileBytes().length > 0;
        if (hasFile) {
            String name = input.fileName() == null ? "" : input.fileName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                format = Format.HTML;
            } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
                format = Format.MARKDOWN;
            } else if (name.endsWith(".txt")) {
                format = Format.TEXT;
            } else {
                errors.add("file", text().fileType());
            }
            if (input.fileBytes().length > config.maxArticleBytes()) {
                errors.add("file", text().fileTooLarge(sizeLabel()));
            }
            if (!errors.has("file")) {
                try {
                    raw = ArticleText.decodeUtf8Strict(input.fileBytes());
                } catch (IllegalArgumentException e) {
                    errors.add("file", text().fileNotUtf8());
                }
            }
        } else if (input.text() != null && !input.text().isBlank()) {
            if (input.text().getBytes(StandardCharsets.UTF_8).length > config.maxArticleBytes()) {
                errors.add("text", text().textTooLarge(sizeLabel()));
            } else {
                raw = input.text();
            }
        } else {
            errors.add("text", text().textMissing());
        }

        if (raw != null) {
            if (format == Format.AUTO) {
                format = LOOKS_LIKE_HTML.matcher(raw).lookingAt() ? Format.HTML : Format.TEXT;
            }
            switch (format) {
                case HTML -> {
                    HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(raw, url);
                    body = ArticleText.normalise(extracted.text());
                    title = title.isEmpty() && extracted.title() != null ? trim(extracted.title()) : title;
                    author = author.isEmpty() && extracted.byline() != null ? trim(extracted.byline()) : author;
                    url = url.isEmpty() && extracted.sourceUrl() != null ? trim(extracted.sourceUrl()) : url;
                    if (isBlank(input.publishedOn()) && extracted.publishedOn() != null) {
                        publishedOn = extracted.publishedOn();
                    }
                }
                case MARKDOWN -> body = ArticleText.normalise(MarkdownText.strip(raw));
                default -> body = ArticleText.normalise(raw);
            }
            if (body.isBlank()) {
                errors.add(hasFile ? "file" : "text", text().noTextFound());
            }
        }

        if (title.isEmpty() && body != null && !body.isBlank()) {
            // A plain-text article's first line is its headline.
            String first = body.lines().findFirst().orElse("").strip();
            if (first.length() <= 300) {
                title = first;
            }
        }
        if (title.isEmpty()) {
            errors.add("title", text().titleMissing());
        } else if (title.length() > 300) {
            errors.add("title", text().atMostChars(300));
        }
        if (trim(input.outlet()).length() > 200) {
            errors.add("outlet", text().atMostChars(200));
        }
        if (author.length() > 200) {
            errors.add("author", text().atMostChars(200));
        }
        if (!url.isEmpty()) {
            WebAddress.problem(url).ifPresent(m -> errors.add("url", m));
        }
        publishedOn = publishedOn(input.publishedOn(), errors);
        String language = trim(input.language());
        if (language.length() > 16) {
            errors.add("language", text().languageCode());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        String hash = sha256(body);
        if (!input.allowDuplicate()) {
            Optional<Article> sameUrl = url.isEmpty() ? Optional.empty() : Article.findBySourceUrl(url);
            Optional<Article> sameBody = Article.findByBodyHash(hash);
            if (sameUrl.isPresent() || sameBody.isPresent()) {
                Article existing = sameUrl.orElseGet(sameBody::get);
                FormErrors duplicate = new FormErrors().add("duplicate", sameUrl.isPresent()
                        ? text().duplicateUrl() : text().duplicateText());
                throw InvalidInputException.duplicate(duplicate, existing);
            }
        }

        if (language.isEmpty()) {
            language = languages.guess(body).orElse("");
        }
        Article article = new Article();
        article.title = title;
        article.outlet = emptyToNull(trim(input.outlet()));
        article.author = emptyToNull(author);
        article.sourceUrl = emptyToNull(url);
        article.publishedOn = publishedOn;
        article.language = emptyToNull(language);
        article.body = body;
        article.bodyHash = hash;
        article.importedBy = importer;
        article.importedAt = Instant.now();
        article.updatedAt = article.importedAt;
        article.persist();
        return article;
    }

    /** An article's details as typed on its edit page or sent to the API. */
    public record Metadata(String title, String outlet, String author, String url, String publishedOn,
            String language) {
    }

    /** Changes title, outlet, author, URL, date and language; the body is never edited here. */
    @Transactional
    public Article updateMetadata(long id, long version, Metadata form) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new MissingException("No such article.");
        }
        FormErrors errors = new FormErrors();
        if (article.version != version) {
            errors.add("version", text().articleChanged());
        }
        String title = trim(form.title());
        if (title.isEmpty()) {
            errors.add("title", text().titleMissing());
        } else if (title.length() > 300) {
            errors.add("title", text().atMostChars(300));
        }
        if (trim(form.outlet()).length() > 200) {
            errors.add("outlet", text().atMostChars(200));
        }
        if (trim(form.author()).length() > 200) {
            errors.add("author", text().atMostChars(200));
        }
        String url = trim(form.url());
        if (!url.isEmpty()) {
            WebAddress.problem(url).ifPresent(m -> errors.add("url", m));
        }
        LocalDate publishedOn = publishedOn(form.publishedOn(), errors);
        if (trim(form.language()).length() > 16) {
            errors.add("language", text().languageCode());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        article.title = title;
        article.outlet = emptyToNull(trim(form.outlet()));
        article.author = emptyToNull(trim(form.author()));
        article.sourceUrl = emptyToNull(url);
        article.publishedOn = publishedOn;
        article.language = emptyToNull(trim(form.language()));
        article.updatedAt = Instant.now();
        return article;
    }

    /** A publication date as typed, the same rule on import and on edit: blank is none, and never in the future. */
    private LocalDate publishedOn(String typed, FormErrors errors) {
        LocalDate date = DateInput.read(typed, "publishedOn", errors);
        if (date != null && date.isAfter(DeskClock.today().plusDays(2))) {
            errors.add("publishedOn", text().dateInFuture());
        }
        return date;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The article texts in the reader's language (the API's: its Accept-Language, else English). */
    private ImportMessages text() {
        return localization.messages(ImportMessages.class);
    }

    private String sizeLabel() {
        int bytes = config.maxArticleBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static String trim(String s) {
        return s == null ? "" : s.replace("\0", "").strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

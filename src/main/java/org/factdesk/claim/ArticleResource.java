package org.factdesk.claim;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factdesk.account.Account;
import org.factdesk.account.Role;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleSentences;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleService.Metadata;
import org.factdesk.article.Highlighter;
import org.factdesk.article.ImportMessages;
import org.factdesk.claim.similar.SimilarClaims;
import org.factdesk.spotting.Languages;
import org.factdesk.spotting.SpottedSentence;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Article pages: the list, the import form, and the article with its claims and suggested claims. */
@Path("/articles")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ArticleResource {

    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    static final int SUGGESTIONS_SHOWN = 20;

    /** A suggested claim: a sentence with its score and reasons, and whether a claim already quotes it. */
    public record Suggestion(int start, int end, String text, double score, List<String> reasons, boolean claimed) {
        public String percent() {
            return Math.round(score * 100) + "%";
        }
    }

    /**
     * How the page marks up text in the article's language: {@code tag} for {@code lang} (empty when unknown),
     * right to left for Arabic, Hebrew, Persian and Urdu, and the language's English name when the ranking is
     * approximate because the model was trained on English.
     */
    public record BodyLanguage(String tag, boolean rightToLeft, String name, boolean approximate) {
        /** {@code name} is the language's name in {@code reader}'s language. */
        static BodyLanguage of(String language, Locale reader) {
            return new BodyLanguage(Languages.standardTag(language).orElse(""), Languages.rightToLeft(language),
                    Languages.name(language, reader).orElse(""), !Languages.readAsEnglish(language));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ArticleQueries.ArticlePage result, List<String> outlets, String outlet,
                String q, String base);

        static native TemplateInstance show(Article article, BodyLanguage language, List<Claim.InArticle> claims,
                RawString body, List<Suggestion> suggestions, int totalSentences, boolean all, boolean canEdit,
                Claim.InArticle made, List<SimilarClaims.Item> madeSimilar);

        /**
         * Importing an article and editing its details are one page: without an article, it imports one; create and
         * edit name the two uses.
         */
        static native TemplateInstance form(Article article, ArticleService.ArticleInput form, FormErrors errors, Article duplicateOf,
                String maxSize, boolean frozen);

        static TemplateInstance create(ArticleService.ArticleInput form, FormErrors errors, Article duplicateOf, String maxSize) {
            return form(null, form, errors, duplicateOf, maxSize, false);
        }

        static TemplateInstance edit(Article article, Metadata details, FormErrors errors, boolean frozen) {
            return form(article, ArticleService.ArticleInput.of(details), errors, null, null, frozen);
        }
    }

    @Inject
    SimilarClaims similar;

    @Inject
    ArticleService articles;

    @Inject
    ArticleQueries queries;

    @Inject
    ClaimService claims;

    @Inject
    ArticleSentences sentenceCache;

    @Inject
    SecurityIdentity identity;

    @Inject
    FactDeskConfig config;

    @Inject
    Flash flash;

    @Inject
    Localization localization;

    @GET
    public TemplateInstance list(@QueryParam("outlet") String outlet, @QueryParam("q") String q,
            @QueryParam("page") String page) {
        ArticleQueries.ArticlePage result = queries.page(outlet, q, Paging.pageNumber(page), config.pageSize());
        String base = "/articles?outlet=" + enc(outlet) + "&q=" + enc(q);
        return Templates.list(result, Article.outlets(), outlet == null ? "" : outlet, q == null ? "" : q, base);
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance newForm() {
        return Templates.create(ArticleService.ArticleInput.empty(), new FormErrors(), null, maxSize());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(@RestForm String title, @RestForm String outlet, @RestForm String author,
            @RestForm String url, @RestForm String publishedOn, @RestForm String language, @RestForm String text,
            @RestForm String format, @RestForm("file") FileUpload file, @RestForm String allowDuplicate) {
        byte[] bytes = null;
        String fileName = null;
        if (file != null && file.size() > 0) {
            fileName = file.fileName();
            if (file.size() <= config.maxArticleBytes()) {
                try {
                    bytes = Files.readAllBytes(file.uploadedFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        // One record for the service and for the form shown again with the messages (the file is not shown).
        ArticleService.ArticleInput form = new ArticleService.ArticleInput(nz(title), nz(outlet), nz(author),
                nz(url), nz(publishedOn), nz(language), nz(text),
                format == null || format.isBlank() ? "AUTO" : format.strip().toUpperCase(Locale.ROOT), fileName, bytes,
                "yes".equals(allowDuplicate));
        if (file != null && file.size() > config.maxArticleBytes()) {
            FormErrors errors = new FormErrors().add("file",
                    localization.messages(ImportMessages.class).fileTooLarge(maxSize()));
            return Response.status(413).entity(Templates.create(form, errors, null, maxSize())).build();
        }
        return Forms.submit(() -> {
            Article article = articles.importArticle(form, Account.signedIn(identity));
            return Response.seeOther(URI.create("/articles/" + article.id))
                    .cookie(flash.cookie(text().imported()))
                    .build();
        }, refused -> Response.status(refused.status())
                .entity(Templates.create(form, refused.errors(), refused.duplicateOf(Article.class), maxSize()))
                .build());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("all") @DefaultValue("false") boolean all,
            @QueryParam("made") String madeParam) {
        Article article = Article.require(id);
        List<Claim.InArticle> list = Claim.inArticle(article);
        // Just after a claim is made here (?made=), the claims already in the desk like it (DESIGN section 4).
        Long madeId = madeParam == null || !madeParam.matches("\\d{1,18}") ? null : Long.valueOf(madeParam);
        Claim.InArticle made = madeId == null ? null
                : list.stream().filter(c -> c.id() == madeId).findFirst().orElse(null);
        List<SimilarClaims.Item> madeSimilar = made == null ? List.of() : similarTo(made);
        List<Highlighter.Span> spans = new ArrayList<>();
        for (Claim.InArticle c : list) {
            spans.add(new Highlighter.Span(c.start(), c.end(), c.id(), "status-" + c.status().key(),
                    "Claim " + c.id() + ": " + c.statement()));
        }
        List<SpottedSentence> sentences = sentenceCache.of(article);
        // Ranked and cut first, so only the sentences shown get their reasons worded and their claims looked for.
        List<Suggestion> suggestions = sentences.stream()
                .sorted(Comparator.comparingDouble(SpottedSentence::score).reversed()
                        .thenComparingInt(SpottedSentence::start))
                .limit(all ? Long.MAX_VALUE : SUGGESTIONS_SHOWN)
                .map(s -> new Suggestion(s.start(), s.end(), s.text(), s.score(), reasonNames(s.reasons()),
                        list.stream().anyMatch(c -> c.start() <= s.start() && c.end() >= s.end())))
                .toList();
        return Templates.show(article, BodyLanguage.of(article.language, localization.locale()), list,
                new RawString(Highlighter.render(article.body, spans)), suggestions, sentences.size(), all,
                identity.hasRole(Role.EDITOR_NAME), made, madeSimilar);
    }

    @POST
    @Path("{id}/claims")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response makeClaim(@PathParam("id") long id, @RestForm Integer start, @RestForm Integer end,
            @RestForm String quote) {
        Article.require(id);
        return Forms.submit(() -> {
            Claim claim = claims.create(id, start, end, quote, null, null, Account.signedIn(identity));
            return Response.seeOther(URI.create("/articles/" + id + "?made=" + claim.id + "#claim-" + claim.id))
                    .cookie(flash.cookie(text().claimCreated(claim.id, shorten(claim.statement))))
                    .build();
        }, refused -> Response.seeOther(URI.create("/articles/" + id))
                .cookie(flash.cookie(text().claimNotCreated(String.join(" ", refused.errors().asMap().values()))))
                .build());
    }

    /** A failing lookup must not cost the person the article page (the claim is saved by then). */
    private List<SimilarClaims.Item> similarTo(Claim.InArticle claim) {
        try {
            return similar.of(claim.id(), claim.statement()).items();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not look for claims like claim %d", claim.id());
            return List.of();
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Article a = Article.require(id);
        return Templates.edit(a, new Metadata(a.title, nz(a.outlet), nz(a.author), nz(a.sourceUrl),
                a.publishedOn == null ? "" : a.publishedOn.toString(), nz(a.language)), new FormErrors(),
                Claim.countForArticle(a) > 0);
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String title, @RestForm String outlet,
            @RestForm String author, @RestForm String url, @RestForm String publishedOn, @RestForm String language,
            @RestForm long version) {
        Metadata form = new Metadata(nz(title), nz(outlet), nz(author), nz(url), nz(publishedOn),
                nz(language));
        return Forms.submit(() -> {
            articles.updateMetadata(id, version, form);
            return Response.seeOther(URI.create("/articles/" + id)).cookie(flash.cookie(text().detailsSaved()))
                    .build();
        }, refused -> {
            Article a = Article.require(id);
            int status = refused.errors().has("version") ? 409 : refused.status();
            return Response.status(status)
                    .entity(Templates.edit(a, form, refused.errors(), Claim.countForArticle(a) > 0)).build();
        });
    }

    /** The ranking's reasons ("quantity", "named entity") in the reader's words; the API keeps them as they are. */
    private List<String> reasonNames(List<String> reasons) {
        ArticleMessages text = text();
        return reasons.stream().map(r -> switch (r) {
            case "quantity" -> text.reasonQuantity();
            case "percentage" -> text.reasonPercentage();
            case "money" -> text.reasonMoney();
            case "date" -> text.reasonDate();
            case "comparison" -> text.reasonComparison();
            case "superlative" -> text.reasonSuperlative();
            case "named entity" -> text.reasonNamedEntity();
            case "attribution" -> text.reasonAttribution();
            case "quotation" -> text.reasonQuotation();
            case "causal language" -> text.reasonCausal();
            case "statistics" -> text.reasonStatistics();
            case "promise" -> text.reasonPromise();
            case "opinion" -> text.reasonOpinion();
            case "hedged" -> text.reasonHedged();
            case "question" -> text.reasonQuestion();
            case "greeting" -> text.reasonGreeting();
            case "procedural" -> text.reasonProcedural();
            case "stage direction" -> text.reasonStageDirection();
            case "very short" -> text.reasonVeryShort();
            default -> r;
        }).toList();
    }

    /** The article texts in the reader's language. */
    private ArticleMessages text() {
        return localization.messages(ArticleMessages.class);
    }

    private String maxSize() {
        int bytes = config.maxArticleBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

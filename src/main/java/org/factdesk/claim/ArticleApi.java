package org.factdesk.claim;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.factdesk.spotting.SpottedSentence;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;
import org.factdesk.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** JSON API for articles: import, read with claims, sentences with scores, and new claims from spans. */
@Path("/api/v1/articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApi {

    /** The body of {@code POST /api/v1/articles}; {@code format} is text, markdown or html (default: detect). */
    public record NewArticle(String title, String outlet, String author, String url, String publishedOn,
            String language, String text, String format, Boolean allowDuplicate) {
    }

    /** An article with its stored text and its claims. */
    public record ArticleView(long id, String title, String outlet, String author, String url, LocalDate publishedOn,
            String language, String text, Instant importedAt, long version, List<ClaimApi.ClaimView> claims) {
    }

    /** One sentence of the body with its offsets, score and reasons. */
    public record SentenceView(int start, int end, String text, double score, List<String> reasons) {
    }

    /** The body of {@code POST /api/v1/articles/{id}/claims}. */
    public record NewClaim(Integer start, Integer end, String quote, String statement, String claimant) {
    }

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
    Localization localization;

    @GET
    public Map<String, Object> list(@QueryParam("outlet") String outlet, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, config.pageSize());
        ArticleQueries.ArticlePage result = queries.page(outlet, q, paging.page(), paging.size());
        return Map.of("items", result.rows(), "total", result.total(), "page", result.page(), "size", paging.size());
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewArticle body) {
        if (body == null) {
            return Problems.response(400, text().apiNeedsTitleAndText());
        }
        Article article = articles.importArticle(new ArticleService.ArticleInput(body.title(), body.outlet(),
                body.author(), body.url(), body.publishedOn(), body.language(), body.text(), body.format(), null, null,
                Boolean.TRUE.equals(body.allowDuplicate())), Account.signedIn(identity));
        return Response.created(URI.create("/api/v1/articles/" + article.id)).entity(view(article)).build();
    }

    @GET
    @Path("{id}")
    public ArticleView get(@PathParam("id") long id) {
        return view(Article.require(id));
    }

    @GET
    @Path("{id}/sentences")
    public List<SentenceView> sentences(@PathParam("id") long id) {
        List<SpottedSentence> spotted = sentenceCache.of(Article.require(id));
        return spotted.stream().map(s -> new SentenceView(s.start(), s.end(), s.text(), s.score(), s.reasons()))
                .toList();
    }

    @POST
    @Path("{id}/claims")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createClaim(@PathParam("id") long id, NewClaim body) {
        Article.require(id);
        if (body == null) {
            return Problems.response(400, text().apiNeedsSpan());
        }
        Claim claim = claims.create(id, body.start(), body.end(), body.quote(), body.statement(), body.claimant(),
                Account.signedIn(identity));
        return Response.created(URI.create("/api/v1/claims/" + claim.id)).entity(ClaimApi.ClaimView.of(claim))
                .build();
    }

    private ArticleView view(Article a) {
        List<ClaimApi.ClaimView> list = Claim.listForArticle(a).stream().map(ClaimApi.ClaimView::of).toList();
        return new ArticleView(a.id, a.title, a.outlet, a.author, a.sourceUrl, a.publishedOn, a.language, a.body,
                a.importedAt, a.version, list);
    }



    /** A duplicate import answers 409 with where the existing article is; other refusals go to the shared mapper. */
    @ServerExceptionMapper
    public Response refused(InvalidInputException e) {
        Article existing = e.duplicateOf(Article.class).orElse(null);
        if (existing == null) {
            return Problems.response(400, e.getMessage(), Map.of("errors", e.errors().asMap()));
        }
        return Problems.response(409, e.getMessage() + " " + text().apiAllowDuplicate(),
                Map.of("existing", "/api/v1/articles/" + existing.id));
    }

    /** The article texts in the API's language: its Accept-Language, else English. */
    private ArticleMessages text() {
        return localization.messages(ArticleMessages.class);
    }
}

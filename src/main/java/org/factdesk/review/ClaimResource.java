package org.factdesk.review;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
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
import org.factdesk.account.AccountChoice;
import org.factdesk.account.Role;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Rating;
import org.factdesk.review.ClaimPages.State;
import org.factdesk.web.Choice;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Flash;
import org.factdesk.web.FormErrors;
import org.factdesk.web.Forms;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Claim pages: the filtered claims list and one claim with its anchor, details and workflow. */
@Path("/claims")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimQueries.ClaimPage result, List<Listed> rows,
                ClaimQueries.Filter filter, ClaimStatus[] statuses, List<Choice> assignees, List<Choice> bulkReviewers,
                List<Rating> ratings, List<ClaimQueries.SortBy> sorts, String base, boolean canAssign, Bulk bulk);
    }

    /**
     * A row of the list with what the page adds to it: whether it has a checkbox for bulk assignment and whether that
     * is ticked. Worked out here rather than in the row's template, where each page-level value would be looked up
     * through every enclosing context, row after row.
     */
    public record Listed(ClaimQueries.ClaimRow claim, boolean selectable, boolean ticked) {
    }

    /** The bulk-assign form's values as typed, and its messages. */
    public record Bulk(Set<Long> ids, String reviewer, String due, FormErrors errors) {
        static final Bulk EMPTY = new Bulk(Set.of(), "", "", new FormErrors());
    }

    @Inject
    Localization localization;

    @Inject
    ReviewService review;

    @Inject
    Event<ClaimViewed> viewed;

    @Inject
    ClaimService service;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimPages pages;

    @Inject
    SecurityIdentity identity;

    @Inject
    FactDeskConfig config;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("rating") String rating, @QueryParam("q") String q, @QueryParam("dueAfter") String dueAfter,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("sort") String sort,
            @QueryParam("page") String page) {
        return list(ClaimQueries.Filter.parse(status, assignee, rating, q, dueAfter, dueBefore, sort),
                Paging.pageNumber(page), Bulk.EMPTY);
    }

    /**
     * Assigns the ticked claims of the list to one reviewer. The form carries the list's filter, so success returns
     * to the same list and bad input redraws it with the ticks and values kept.
     */
    @POST
    @Path("bulk-assign")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulkAssign(@RestForm List<Long> ids, @RestForm String reviewer, @RestForm String due,
            @RestForm String status, @RestForm String assignee, @RestForm String rating, @RestForm String q,
            @RestForm String dueAfter, @RestForm String dueBefore, @RestForm String sort,
            @RestForm String page) {
        ClaimQueries.Filter filter = ClaimQueries.Filter.parse(status, assignee, rating, q, dueAfter, dueBefore, sort);
        int current = Paging.pageNumber(page);
        return Forms.submit(() -> {
            ReviewService.BulkResult result = review.assignAll(ids, new Assignment(reviewer, due, null),
                    Account.signedIn(identity));
            String notice = messages().bulkAssigned(result.assigned())
                    + (result.skipped().isEmpty() ? ""
                            : " " + messages().bulkNotAssigned(String.join(" ", result.skipped())));
            String query = filter.query();
            return Response.seeOther(URI.create("/claims?" + query + (query.isEmpty() ? "" : "&") + "page=" + current))
                    .cookie(flash.cookie(notice)).build();
        }, refused -> {
            Bulk bulk = new Bulk(ids == null ? Set.of() : Set.copyOf(ids), nz(reviewer), nz(due), refused.errors());
            return Response.status(422).entity(list(filter, current, bulk)).build();
        });
    }

    private TemplateInstance list(ClaimQueries.Filter filter, int page, Bulk bulk) {
        Account me = Account.signedIn(identity);
        ClaimQueries.ClaimPage result = queries.page(filter, me, page, config.pageSize());
        boolean canAssign = identity.hasRole(Role.EDITOR_NAME);
        String query = filter.query();
        List<AccountChoice> reviewers = AccountChoice.activeWithRole(Role.REVIEWER);
        List<Listed> rows = result.rows().stream()
                .map(row -> new Listed(row, canAssign, canAssign && bulk.ids().contains(row.id()))).toList();
        return Templates.list(result, rows, filter, ClaimStatus.values(),
                Choice.of(reviewers, AccountChoice::username, AccountChoice::displayName, filter.assignee()),
                canAssign ? Choice.of(reviewers, AccountChoice::username, AccountChoice::labelWithUsername,
                        bulk.reviewer()) : List.of(),
                Rating.scale(), filter.sorts(), "/claims" + (query.isEmpty() ? "" : "?" + query), canAssign, bulk);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Claim claim = service.findForPage(id);
        Account me = Account.signedIn(identity);
        if (me != null) {
            viewed.fire(new ClaimViewed(me, id));
        }
        return pages.show(claim, State.fresh(claim), me);
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm long version, @RestForm String statement,
            @RestForm String claimant, @RestForm String claimDate, @RestForm String appearanceUrl,
            @RestForm String tags, @RestForm String priority) {
        ClaimService.ClaimEdit form = new ClaimService.ClaimEdit(nz(statement), nz(claimant), nz(claimDate),
                nz(appearanceUrl), nz(tags), nz(priority));
        return Forms.submit(() -> {
            service.update(id, version, form);
            return Response.seeOther(URI.create("/claims/" + id)).cookie(flash.cookie(messages().claimSaved()))
                    .build();
        }, refused -> {
            Claim current = service.find(id);
            return Response.status(refused.status()).entity(pages.show(current,
                    State.fresh(current).failedDetails(form, refused.errors(), refused.isStale()),
                    Account.signedIn(identity))).build();
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ReviewMessages messages() {
        return localization.messages(ReviewMessages.class);
    }
}

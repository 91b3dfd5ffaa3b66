package org.factdesk.notify;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.factdesk.account.Account;
import org.factdesk.web.FactDeskConfig;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.Paging;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** JSON API for the signed-in person's own notifications. */
@Path("/api/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationApi {

    /** A notification as the API shows it. */
    public record NotificationView(long id, String kind, String message, long claimId, Instant createdAt,
            boolean read) {
        /** {@code message} is in {@code language}, the API's: its Accept-Language, else English. */
        static NotificationView of(Notification n, Language language) {
            return new NotificationView(n.id, n.kind.name(), NotificationService.text(n, language), n.claim.id,
                    n.createdAt, n.readAt != null);
        }
    }

    @Inject
    NotificationService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    FactDeskConfig config;

    @Inject
    Localization localization;

    @GET
    public Map<String, Object> list(@QueryParam("unread") boolean unread,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, config.pageSize());
        NotificationService.NotificationPage result = service.page(Account.signedIn(identity), unread, paging.page(),
                paging.size());
        return Map.of("items", result.items().stream()
                .map(n -> NotificationView.of(n, localization.language())).toList(), "total", result.total(),
                "page", result.page(), "size", paging.size());
    }
}

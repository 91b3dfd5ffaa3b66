package org.factdesk.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Which language and time zone this response is written in: the one place that decides it, for every page
 * ({@link LocalizedTemplates}), flash notice, error page and problem+json detail.
 *
 * <ul>
 * <li>Pages: the signed-in account's choice, else the best match of the browser's {@code Accept-Language}, else
 * the desk's default, else English.</li>
 * <li>The public fact checks ({@code /factchecks}): {@code ?lang=} when it names one of ours, else the desk's
 * default; readers get the desk's edition whatever their browser says.</li>
 * <li>The API ({@code /api/...}): {@code Accept-Language}, else English, so a client's answers do not change with
 * the desk's settings.</li>
 * </ul>
 * The zone is the account's choice, else the desk's zone, else UTC.
 */
@RequestScoped
public class Localization {

    /** Identity attribute with the account's language tag, absent when it follows the desk. */
    public static final String LANGUAGE_ATTRIBUTE = "factdesk.language";
    /** Identity attribute with the account's zone id, absent when it follows the desk. */
    public static final String ZONE_ATTRIBUTE = "factdesk.zone";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Instance<DeskPreferences> desk;

    private Language language;
    private ZoneId zone;

    public Language language() {
        if (language == null) {
            language = resolveLanguage(accountLanguage());
        }
        return language;
    }

    public Locale locale() {
        return language().locale();
    }

    public ZoneId zone() {
        if (zone == null) {
            String path = path();
            Optional<ZoneId> own = path.startsWith("/factchecks") ? Optional.empty() : zoneOf(attribute(ZONE_ATTRIBUTE));
            zone = own.orElseGet(this::deskZone);
        }
        return zone;
    }

    /**
     * The language this person reads once their account says {@code accountTag} (null: the desk's default), for
     * the notice that confirms a change of language.
     */
    public Language languageWith(String accountTag) {
        return resolveLanguage(Language.ofTag(accountTag));
    }

    /** The message bundle {@code bundle} in this response's language. */
    public <T> T messages(Class<T> bundle) {
        return messages(bundle, language());
    }

    /**
     * The message bundle {@code bundle} in {@code language}. Each bundle is looked up in the container once per
     * language and kept: pages and labels ask for bundles many times per response, and every lookup with a
     * qualifier resolved the bean again.
     */
    public static <T> T messages(Class<T> bundle, Language language) {
        return bundle.cast(BUNDLES.get(bundle).of(language));
    }

    private static final ClassValue<BundleInstances> BUNDLES = new ClassValue<>() {
        @Override
        protected BundleInstances computeValue(Class<?> type) {
            return new BundleInstances(type);
        }
    };

    /** One bundle's instances per language, for the running container. */
    private static final class BundleInstances {
        private final Class<?> bundle;
        private final PerContainer<AtomicReferenceArray<Object>> byLanguage =
                new PerContainer<>(container -> new AtomicReferenceArray<>(Language.values().length));

        BundleInstances(Class<?> bundle) {
            this.bundle = bundle;
        }

        Object of(Language language) {
            AtomicReferenceArray<Object> instances = byLanguage.get();
            Object instance = instances == null ? null : instances.get(language.ordinal());
            if (instance == null) {
                instance = language == Language.DEFAULT ? MessageBundles.get(bundle)
                        : MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
                if (instances != null) {
                    instances.set(language.ordinal(), instance);
                }
            }
            return instance;
        }
    }

    /**
     * The language of the response being written, for static code that cannot have this injected (a problem's
     * title, a typed date or web address checked in a static rule); English outside a request.
     */
    public static Language ofCurrentRequest() {
        ArcContainer container = Arc.container();
        ManagedContext context = container == null ? null : container.requestContext();
        return context != null && context.isActive() ? container.instance(Localization.class).get().language()
                : Language.DEFAULT;
    }

    /** The desk's language, or English where the desk cannot say. */
    public Language deskLanguage() {
        return desk.isResolvable() ? desk.get().language() : Language.DEFAULT;
    }

    /** The desk's zone, or UTC where the desk cannot say. */
    public ZoneId deskZone() {
        return desk.isResolvable() ? desk.get().zone() : DeskClock.UTC;
    }

    /** A zone id as stored or sent: empty for blank, unknown or malformed ones. */
    public static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private Language resolveLanguage(Optional<Language> accountChoice) {
        String path = path();
        if (path.startsWith("/factchecks")) {
            return Language.ofTag(queryParam("lang")).orElseGet(this::deskLanguage);
        }
        Optional<Language> browser = Language.bestFor(header("Accept-Language"));
        if (path.equals("/api") || path.startsWith("/api/")) {
            return browser.orElse(Language.DEFAULT);
        }
        return accountChoice.or(() -> browser).orElseGet(this::deskLanguage);
    }

    private Optional<Language> accountLanguage() {
        return Language.ofTag(attribute(LANGUAGE_ATTRIBUTE));
    }

    private String attribute(String name) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Object value = identity.getAttribute(name);
        return value == null ? null : value.toString();
    }

    private String path() {
        RoutingContext rc = request.getCurrent();
        return rc == null ? "" : rc.normalizedPath();
    }

    private String header(String name) {
        RoutingContext rc = request.getCurrent();
        return rc == null ? null : rc.request().getHeader(name);
    }

    private String queryParam(String name) {
        RoutingContext rc = request.getCurrent();
        if (rc == null) {
            return null;
        }
        try {
            return rc.request().getParam(name);
        } catch (IllegalArgumentException e) {
            // A query string with a broken %-escape names no language.
            return null;
        }
    }
}

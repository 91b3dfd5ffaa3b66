package org.factdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The address readers reach the desk at, for every absolute URL FactDesk writes (ClaimReview {@code url}, links in
 * exports and the PDF): {@code FACTDESK_PUBLIC_URL}. Never taken from a request's {@code Host} header, which a client
 * chooses. Without it the links point at this server's own address, and the log says so at start-up.
 */
@ApplicationScoped
public class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class);

    @Inject
    FactDeskConfig config;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    private volatile String base;

    void check(@Observes StartupEvent event) {
        if (config.publicUrl().isEmpty()) {
            LOG.infof("FACTDESK_PUBLIC_URL is not set: links in exports and ClaimReview point to %s. Set it to the "
                    + "address readers use, such as https://factcheck.example.org.", base());
        } else {
            base();
        }
    }

    /** The base address, without a trailing slash, e.g. {@code https://factcheck.example.org}. */
    public String base() {
        String known = base;
        if (known == null) {
            known = config.publicUrl().map(PublicUrl::validated).orElse("http://localhost:" + port);
            base = known;
        }
        return known;
    }

    /** An http(s) address with a host and no query or fragment; anything else stops start-up with the reason. */
    static String validated(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new IllegalStateException("FACTDESK_PUBLIC_URL must be an http or https address such as "
                        + "https://factcheck.example.org, without a query or user name; it is " + url);
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("FACTDESK_PUBLIC_URL is not an address: " + url, e);
        }
    }
}

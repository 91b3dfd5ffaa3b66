package org.factdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The one rule for a web address typed anywhere in the desk (an article's source, evidence, a claim's appearance). */
public final class WebAddress {

    public static final int MAX_LENGTH = 2000;

    private WebAddress() {
    }

    /**
     * What is wrong with {@code url} as an http(s) address a reader can open, in the language of the response being
     * written, or empty when nothing is.
     */
    public static Optional<String> problem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || url.length() > MAX_LENGTH) {
                return Optional.of(message());
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(message());
        }
    }

    private static String message() {
        return Localization.messages(AppMessages.class, Localization.ofCurrentRequest()).webAddress();
    }
}

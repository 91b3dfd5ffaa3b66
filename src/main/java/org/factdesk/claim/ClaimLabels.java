package org.factdesk.claim;

import java.util.Locale;

import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * {@code {status.label}}, {@code {priority.label}}, {@code {sort.label}} and {@code {verdict.state.label}} in
 * templates, in the page's language: it takes precedence over the enums' English field (its priority is above the
 * generated resolvers' 10).
 */
@TemplateExtension(priority = 20)
public final class ClaimLabels {

    private ClaimLabels() {
    }

    static String label(ClaimStatus status, @TemplateAttribute("locale") Object locale) {
        return of(status, Language.ofTag(locale instanceof Locale l ? l.toLanguageTag() : String.valueOf(locale))
                .orElse(Language.DEFAULT));
    }

    static String label(Priority priority, @TemplateAttribute("locale") Object locale) {
        return messages(locale).priorityName(priority);
    }

    static String label(ClaimQueries.SortBy sort, @TemplateAttribute("locale") Object locale) {
        return messages(locale).sortName(sort);
    }

    static String label(VerdictState state, @TemplateAttribute("locale") Object locale) {
        return messages(locale).verdictState(state);
    }

    private static ClaimMessages messages(Object locale) {
        return Localization.messages(ClaimMessages.class, language(locale));
    }

    private static Language language(Object locale) {
        return Language.ofTag(locale instanceof Locale l ? l.toLanguageTag() : String.valueOf(locale))
                .orElse(Language.DEFAULT);
    }

    /** The status's name in {@code language}. */
    public static String of(ClaimStatus status, Language language) {
        return Localization.messages(ClaimMessages.class, language).status(status);
    }
}

package org.factdesk.claim;

import org.factdesk.web.EnumTexts;
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

    private static final EnumTexts<ClaimStatus> STATUSES =
            EnumTexts.of(ClaimStatus.class, (language, status) -> messages(language).status(status));
    private static final EnumTexts<Priority> PRIORITIES =
            EnumTexts.of(Priority.class, (language, priority) -> messages(language).priorityName(priority));
    private static final EnumTexts<ClaimQueries.SortBy> SORTS =
            EnumTexts.of(ClaimQueries.SortBy.class, (language, sort) -> messages(language).sortName(sort));
    private static final EnumTexts<VerdictState> VERDICT_STATES =
            EnumTexts.of(VerdictState.class, (language, state) -> messages(language).verdictState(state));

    private ClaimLabels() {
    }

    static String label(ClaimStatus status, @TemplateAttribute("locale") Object locale) {
        return of(status, Language.ofTemplateLocale(locale));
    }

    static String label(Priority priority, @TemplateAttribute("locale") Object locale) {
        return PRIORITIES.of(priority, Language.ofTemplateLocale(locale));
    }

    static String label(ClaimQueries.SortBy sort, @TemplateAttribute("locale") Object locale) {
        return SORTS.of(sort, Language.ofTemplateLocale(locale));
    }

    static String label(VerdictState state, @TemplateAttribute("locale") Object locale) {
        return VERDICT_STATES.of(state, Language.ofTemplateLocale(locale));
    }

    /** The status's name in {@code language}. */
    public static String of(ClaimStatus status, Language language) {
        return STATUSES.of(status, language);
    }

    private static ClaimMessages messages(Language language) {
        return Localization.messages(ClaimMessages.class, language);
    }
}

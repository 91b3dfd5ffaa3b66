package org.factdesk.review;

import java.util.Locale;

import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** {@code {action.label}} in templates: a workflow step's name in the page's language. */
@TemplateExtension
public final class ActionLabels {

    private ActionLabels() {
    }

    static String label(Action action, @TemplateAttribute("locale") Object locale) {
        return of(action, Language.ofTag(locale instanceof Locale l ? l.toLanguageTag() : String.valueOf(locale))
                .orElse(Language.DEFAULT));
    }

    /** The step's name in {@code language}. */
    public static String of(Action action, Language language) {
        return Localization.messages(ReviewMessages.class, language).step(action);
    }
}

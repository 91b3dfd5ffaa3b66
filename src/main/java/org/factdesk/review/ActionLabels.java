package org.factdesk.review;

import org.factdesk.web.EnumTexts;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** {@code {action.label}} in templates: a workflow step's name in the page's language. */
@TemplateExtension
public final class ActionLabels {

    private static final EnumTexts<Action> STEPS = EnumTexts.of(Action.class,
            (language, action) -> Localization.messages(ReviewMessages.class, language).step(action));

    private ActionLabels() {
    }

    static String label(Action action, @TemplateAttribute("locale") Object locale) {
        return of(action, Language.ofTemplateLocale(locale));
    }

    /** The step's name in {@code language}. */
    public static String of(Action action, Language language) {
        return STEPS.of(action, language);
    }
}

package org.factdesk.audit;

import java.util.Locale;

import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.SecuritySignal;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * {@code {entity.label}}, {@code {event.kind.label}} and {@code {touched.changeLabel}} in templates, in the page's
 * language: it takes precedence over the enums' English fields (its priority is above the generated resolvers' 10).
 */
@TemplateExtension(priority = 20)
public final class AuditLabels {

    private AuditLabels() {
    }

    static String label(AuditedEntity entity, @TemplateAttribute("locale") Object locale) {
        return messages(locale).entityName(entity);
    }

    static String label(SecuritySignal.Kind kind, @TemplateAttribute("locale") Object locale) {
        return messages(locale).kind(kind);
    }

    static String changeLabel(AuditLogQueries.Touched touched, @TemplateAttribute("locale") Object locale) {
        return messages(locale).change(touched.change());
    }

    private static AuditMessages messages(Object locale) {
        return Localization.messages(AuditMessages.class,
                Language.ofTag(locale instanceof Locale l ? l.toLanguageTag() : String.valueOf(locale))
                        .orElse(Language.DEFAULT));
    }
}

package org.factdesk.audit;

import org.factdesk.web.EnumTexts;
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

    private static final EnumTexts<AuditedEntity> ENTITIES =
            EnumTexts.of(AuditedEntity.class, (language, entity) -> messages(language).entityName(entity));
    private static final EnumTexts<SecuritySignal.Kind> KINDS =
            EnumTexts.of(SecuritySignal.Kind.class, (language, kind) -> messages(language).kind(kind));

    private AuditLabels() {
    }

    static String label(AuditedEntity entity, @TemplateAttribute("locale") Object locale) {
        return ENTITIES.of(entity, Language.ofTemplateLocale(locale));
    }

    static String label(SecuritySignal.Kind kind, @TemplateAttribute("locale") Object locale) {
        return KINDS.of(kind, Language.ofTemplateLocale(locale));
    }

    static String changeLabel(AuditLogQueries.Touched touched, @TemplateAttribute("locale") Object locale) {
        return messages(Language.ofTemplateLocale(locale)).change(touched.change());
    }

    private static AuditMessages messages(Language language) {
        return Localization.messages(AuditMessages.class, language);
    }
}

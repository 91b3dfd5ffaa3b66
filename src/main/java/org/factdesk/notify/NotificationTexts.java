package org.factdesk.notify;

import org.factdesk.web.Language;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** {@code {n.text}} in templates: a notification's sentence in the page's language. */
@TemplateExtension
public final class NotificationTexts {

    private NotificationTexts() {
    }

    static String text(Notification notification, @TemplateAttribute("locale") Object locale) {
        Language language = Language.ofTemplateLocale(locale);
        return NotificationService.text(notification, language);
    }
}

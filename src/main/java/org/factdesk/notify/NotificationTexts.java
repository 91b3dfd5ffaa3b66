package org.factdesk.notify;

import java.util.Locale;

import org.factdesk.web.Language;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** {@code {n.text}} in templates: a notification's sentence in the page's language. */
@TemplateExtension
public final class NotificationTexts {

    private NotificationTexts() {
    }

    static String text(Notification notification, @TemplateAttribute("locale") Object locale) {
        Language language = Language.ofTag(locale instanceof Locale l ? l.toLanguageTag() : String.valueOf(locale))
                .orElse(Language.DEFAULT);
        return NotificationService.text(notification, language);
    }
}

package org.factdesk.backup;

import java.text.NumberFormat;

import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * {@code {backup.size}} in templates, in the page's language ("12 KB", "1,5 Mo"): it takes precedence over the
 * record's English method (its priority is above the generated resolvers' 10).
 */
@TemplateExtension(priority = 20)
public final class BackupLabels {

    private static final long MEGABYTE = 1024 * 1024;

    private BackupLabels() {
    }

    static String size(BackupService.Backup backup, @TemplateAttribute("locale") Object locale) {
        return size(backup.bytes(), Language.ofTemplateLocale(locale));
    }

    /** A file's size as a reader of {@code language} reads it: whole kilobytes below a megabyte, else one decimal. */
    public static String size(long bytes, Language language) {
        BackupMessages text = Localization.messages(BackupMessages.class, language);
        if (bytes < MEGABYTE) {
            return text.kilobytes((long) Math.ceil(bytes / 1024.0));
        }
        NumberFormat number = NumberFormat.getNumberInstance(language.locale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return text.megabytes(number.format(bytes / (double) MEGABYTE));
    }
}

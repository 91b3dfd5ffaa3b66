package org.factdesk.account;

import java.util.Locale;
import java.util.stream.Collectors;

import org.factdesk.web.Language;
import org.factdesk.web.Localization;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * {@code {role.label}} and {@code {account.roleLabels}} in templates, in the page's language: it takes precedence
 * over the enum's English field and the entity's English method (its priority is above the generated resolvers' 10).
 */
@TemplateExtension(priority = 20)
public final class AccountLabels {

    private AccountLabels() {
    }

    static String label(Role role, @TemplateAttribute("locale") Object locale) {
        return messages(locale).role(role);
    }

    static String roleLabels(Account account, @TemplateAttribute("locale") Object locale) {
        AccountAdminMessages text = messages(locale);
        return account.roleSet().stream().map(text::role).collect(Collectors.joining(", "));
    }

    private static AccountAdminMessages messages(Object locale) {
        return Localization.messages(AccountAdminMessages.class,
                Language.ofTag(locale instanceof Locale l ? l.toLanguageTag() : String.valueOf(locale))
                        .orElse(Language.DEFAULT));
    }
}

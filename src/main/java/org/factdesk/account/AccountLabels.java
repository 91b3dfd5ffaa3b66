package org.factdesk.account;

import java.util.stream.Collectors;

import org.factdesk.web.EnumTexts;
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

    private static final EnumTexts<Role> ROLES = EnumTexts.of(Role.class,
            (language, role) -> Localization.messages(AccountAdminMessages.class, language).role(role));

    private AccountLabels() {
    }

    static String label(Role role, @TemplateAttribute("locale") Object locale) {
        return ROLES.of(role, Language.ofTemplateLocale(locale));
    }

    static String roleLabels(Account account, @TemplateAttribute("locale") Object locale) {
        Language language = Language.ofTemplateLocale(locale);
        return account.roleSet().stream().map(role -> ROLES.of(role, language)).collect(Collectors.joining(", "));
    }
}

package org.factdesk.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.Language;
import org.factdesk.web.Localization;
import org.factdesk.web.StaleVersionException;
import org.factdesk.web.TimeZones;
import org.factdesk.web.WebAddress;

/**
 * Rules for the publisher details: a name, optional http(s) addresses, one of the offered languages and time zones,
 * and no silent overwrite of a newer save.
 */
@ApplicationScoped
public class OrganisationService {

    public static final int MAX_NAME = 200;

    /**
     * The settings as typed in the form. A null language or time zone (a form from before they existed) keeps the
     * saved one.
     */
    public record OrganisationInput(String name, String url, String logoUrl, String language, String timeZone) {
    }

    @Inject
    Localization localization;

    public Organisation current() {
        Organisation organisation = Organisation.current();
        if (organisation == null) {
            throw new IllegalStateException("The organisation row (id 1) is missing; migration V3 creates it.");
        }
        return organisation;
    }

    /** Saves settings edited on a form loaded at {@code version}. */
    @Transactional
    public Organisation update(long version, OrganisationInput input) {
        Organisation organisation = current();
        if (organisation.version != version) {
            throw new StaleVersionException(text().stale(), organisation, organisation.version);
        }
        FormErrors errors = new FormErrors();
        String name = trim(input.name());
        if (name.isEmpty()) {
            errors.add("name", text().nameMissing());
        } else if (name.length() > MAX_NAME) {
            errors.add("name", text().tooLong(MAX_NAME));
        }
        String url = trim(input.url());
        if (!url.isEmpty()) {
            WebAddress.problem(url).ifPresent(m -> errors.add("url", m));
        }
        String logoUrl = trim(input.logoUrl());
        if (!logoUrl.isEmpty()) {
            WebAddress.problem(logoUrl).ifPresent(m -> errors.add("logoUrl", m));
        }
        Language language = input.language() == null ? Language.ofTag(organisation.defaultLanguage).orElse(null)
                : Language.ofTag(input.language()).orElse(null);
        if (language == null) {
            errors.add("language", text().chooseLanguage());
        }
        String zone = input.timeZone() == null ? organisation.timeZone
                : TimeZones.choice(input.timeZone()).map(Object::toString).orElse(null);
        if (zone == null) {
            errors.add("timeZone", text().chooseZone());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        organisation.name = name;
        organisation.url = url.isEmpty() ? null : url;
        organisation.logoUrl = logoUrl.isEmpty() ? null : logoUrl;
        organisation.defaultLanguage = language.tag();
        organisation.timeZone = zone;
        return organisation;
    }

    private SettingsMessages text() {
        return localization.messages(SettingsMessages.class);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}

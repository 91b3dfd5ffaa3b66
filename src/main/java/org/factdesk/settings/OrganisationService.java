package org.factdesk.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.factdesk.web.FormErrors;
import org.factdesk.web.InvalidInputException;
import org.factdesk.web.StaleVersionException;
import org.factdesk.web.WebAddress;

/** Rules for the publisher details: a name, optional http(s) addresses, and no silent overwrite of a newer save. */
@ApplicationScoped
public class OrganisationService {

    public static final int MAX_NAME = 200;

    /** The settings as typed in the form. */
    public record OrganisationInput(String name, String url, String logoUrl) {
    }

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
            throw new StaleVersionException(
                    "Someone else changed the organisation settings since you opened them.", organisation,
                    organisation.version);
        }
        FormErrors errors = new FormErrors();
        String name = trim(input.name());
        if (name.isEmpty()) {
            errors.add("name", "Enter the organisation's name as readers should see it.");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "Use at most " + MAX_NAME + " characters.");
        }
        String url = trim(input.url());
        if (!url.isEmpty()) {
            WebAddress.problem(url).ifPresent(m -> errors.add("url", m));
        }
        String logoUrl = trim(input.logoUrl());
        if (!logoUrl.isEmpty()) {
            WebAddress.problem(logoUrl).ifPresent(m -> errors.add("logoUrl", m));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        organisation.name = name;
        organisation.url = url.isEmpty() ? null : url;
        organisation.logoUrl = logoUrl.isEmpty() ? null : logoUrl;
        return organisation;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}

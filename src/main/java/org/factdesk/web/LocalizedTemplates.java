package org.factdesk.web;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Gives every template instance the reader's locale (which the message bundles and {@link Formats} read) and time
 * zone (attribute {@value #ZONE}), as {@link Localization} decides them. Outside a request (a report rendered on
 * another thread) it uses the desk's language and zone.
 */
@ApplicationScoped
public class LocalizedTemplates implements TemplateInstance.Initializer {

    /** The template attribute holding the reader's {@link java.time.ZoneId}. */
    public static final String ZONE = "zone";

    @Inject
    Localization localization;

    @Inject
    Instance<DeskPreferences> desk;

    /** Qute takes initializers from its engine builder, which it hands to observers before building. */
    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            instance.setLocale(localization.locale());
            instance.setAttribute(ZONE, localization.zone());
        } else {
            boolean known = desk.isResolvable();
            instance.setLocale((known ? desk.get().language() : Language.DEFAULT).locale());
            instance.setAttribute(ZONE, known ? desk.get().zone() : DeskClock.UTC);
        }
    }
}

package org.factdesk.account;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factdesk.web.FactDeskConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** On the first start, with no accounts at all, creates the {@code admin} account (and the demo accounts). */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    @Inject
    FactDeskConfig config;

    @Inject
    Passwords passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    DemoAccounts demo;

    @Inject
    jakarta.enterprise.event.Event<FirstStart> firstStart;

    void onStart(@Observes StartupEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(this::createFirstAccounts);
        } catch (RuntimeException e) {
            if (QuarkusTransaction.requiringNew().call(() -> Account.count() > 0)) {
                // Another instance sharing the database created them at the same moment.
                LOG.info("The first accounts were created by another instance.");
            } else {
                throw e;
            }
        }
    }

    void createFirstAccounts() {
        if (Account.count() > 0) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        } else {
            policy.check(password, "admin").ifPresent(problem -> {
                throw new IllegalStateException("FACTDESK_ADMIN_PASSWORD is not acceptable: " + problem);
            });
        }
        Account admin = new Account();
        admin.username = "admin";
        admin.displayName = "Administrator";
        admin.email = "admin@localhost.invalid";
        admin.roles.add(Role.ADMIN.key);
        admin.passwordHash = passwords.hash(password);
        admin.createdAt = java.time.Instant.now();
        admin.persist();
        if (generated) {
            LOG.warnf("%n%n    Created the first account: username 'admin', password '%s'%n"
                    + "    This is shown only once. Sign in and change it at once under your name > Change password.%n",
                    password);
        } else {
            LOG.info("Created the first account 'admin' with the password from FACTDESK_ADMIN_PASSWORD.");
        }
        if (config.demo()) {
            firstStart.fire(new FirstStart(demo.create(passwords)));
        }
    }

}

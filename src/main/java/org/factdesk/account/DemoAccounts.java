package org.factdesk.account;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.web.FactDeskConfig;

/** The editor and reviewer accounts of demo mode ({@code FACTDESK_DEMO=true}); never created otherwise. */
@ApplicationScoped
public class DemoAccounts {

    static final String EDITOR = "editor";
    static final String REVIEWER = "reviewer";
    static final String EDITOR_PASSWORD = "demo-editor-desk-2026";
    static final String REVIEWER_PASSWORD = "demo-reviewer-desk-2026";

    @Inject
    FactDeskConfig config;

    /** Creates both demo accounts and returns the editor, who is credited with the demo articles. */
    Account create(Passwords passwords) {
        Account editor = account(EDITOR, "Erin Editor", Role.EDITOR, EDITOR_PASSWORD, passwords);
        account(REVIEWER, "Rafa Reviewer", Role.REVIEWER, REVIEWER_PASSWORD, passwords);
        return editor;
    }

    /** Lines for the login page; empty unless demo mode is on. */
    public List<String> hints() {
        if (!config.demo()) {
            return List.of();
        }
        return List.of(EDITOR + " / " + EDITOR_PASSWORD, REVIEWER + " / " + REVIEWER_PASSWORD);
    }

    private static Account account(String username, String name, Role role, String password, Passwords passwords) {
        java.util.Optional<Account> existing = Account.findByUsername(username);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = new Account();
        account.username = username;
        account.displayName = name;
        account.email = username + "@demo.invalid";
        account.roles.add(role.key);
        account.passwordHash = passwords.hash(password);
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }
}

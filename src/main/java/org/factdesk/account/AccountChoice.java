package org.factdesk.account;

import java.util.List;

/**
 * A person offered in a select (assign to, filter by assignee): the two columns the option shows, read without
 * loading the accounts and their roles into the persistence context, once per list or claim page.
 */
public record AccountChoice(String username, String displayName) {

    /** The active accounts with {@code role}, by display name. */
    public static List<AccountChoice> activeWithRole(Role role) {
        return Account.getEntityManager()
                .createQuery("select new org.factdesk.account.AccountChoice(a.username, a.displayName)"
                        + " from Account a join a.roles r where a.active = true and r = ?1 order by a.displayName",
                        AccountChoice.class)
                .setParameter(1, role.key)
                .getResultList();
    }

    /** "Display Name (username)", as the assign selects show a person. */
    public String labelWithUsername() {
        return displayName + " (" + username + ")";
    }
}

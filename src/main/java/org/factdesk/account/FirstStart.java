package org.factdesk.account;

/** Fired once, inside the transaction that created the very first accounts, when demo mode is on. */
public record FirstStart(Account demoEditor) {
}

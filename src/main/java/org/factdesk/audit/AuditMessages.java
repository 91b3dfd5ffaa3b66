package org.factdesk.audit;

import org.factdesk.web.SecuritySignal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the audit log pages (revisions, security events, the chain's verification) and of the filters'
 * refusals, in English; {@code messages/audit_<tag>.properties} holds each other language. Templates write
 * {@code {audit:verifyChain}}; {@code {entity.label}} and {@code {event.kind.label}} read {@link AuditLabels}.
 */
@MessageBundle("audit")
public interface AuditMessages {

    @Message("Audit log")
    String auditLog();

    @Message("Security events · Audit log")
    String securityTitle();

    @Message("User")
    String user();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Entity")
    String entity();

    @Message("Any entity")
    String anyEntity();

    @Message("Filter")
    String filter();

    @Message("Clear filters")
    String clearFilters();

    @Message("Verify chain")
    String verifyChain();

    @Message("Export audit log (CSV)")
    String exportCsv();

    @Message("Export audit log (JSON)")
    String exportJson();

    @Message("Chain OK: {count} {#if count == 1}revision{#else}revisions{/if} verified in {millis} ms.")
    String chainOk(long count, long millis);

    @Message("{count} newer {#if count == 1}revision{#else}revisions{/if} will be sealed within seconds.")
    String unsealed(long count);

    @Message("Chain broken at revision {rev}: {#when breach}{#is REVISION_CHANGED}it no longer matches its seal (its "
            + "audit rows were changed, removed or added){#is SEAL_OUT_OF_ORDER}its seal, number {seal}, does not "
            + "follow the seal before it (a seal was removed or changed){#is REVISION_MISSING}it is sealed but no "
            + "longer exists{/when}.")
    String chainBroken(Long rev, AuditChain.Breach breach, Long seal);

    @Message("The log is not shown: correct the filters marked above.")
    String logNotShown();

    @Message("No revisions yet. Every change to audited data will appear here.")
    String noRevisions();

    @Message("No revision matches these filters.")
    String noRevisionMatches();

    @Message("{count} {#if count == 1}revision{#else}revisions{/if}, newest first. The From and To days are UTC days.")
    String revisionCount(long count);

    @Message("Revisions")
    String revisions();

    @Message("Revision")
    String revision();

    @Message("Time")
    String time();

    @Message("Who")
    String who();

    @Message("Action")
    String action();

    @Message("Note")
    String note();

    @Message("Changed")
    String changed();

    @Message("Seal")
    String seal();

    @Message("system")
    String system();

    @Message("not sealed yet")
    String notSealed();

    @Message("Claim {id}")
    String claimNumber(long id);

    @Message("History")
    String history();

    @Message("of claim {id}")
    String ofClaim(long id);

    @Message("on claim {id}")
    String onClaim(long id);

    @Message("{#when change}{#is 'added'}added{#is 'removed'}removed{#else}changed{/when}")
    String change(String change);

    @Message("{#when entity}{#is CLAIM}Claim{#is VERDICT}Verdict{#is SOURCE}Source{#is COMMENT}Comment"
            + "{#is ARTICLE}Article{#is ACCOUNT}Account{#is RATING}Rating{#is ORGANISATION}Organisation{/when}")
    String entityName(AuditedEntity entity);

    @Message("Security events")
    String securityEvents();

    @Message("The events are not shown: correct the filters marked above.")
    String eventsNotShown();

    @Message("No security events yet. Sign-ins, sign-outs, failures and refusals appear here.")
    String noEvents();

    @Message("No security event matches these filters.")
    String noEventMatches();

    @Message("{count} {#if count == 1}event{#else}events{/if}, newest first. The From and To days are UTC days.")
    String eventCount(long count);

    @Message("Event")
    String event();

    @Message("From address")
    String fromAddress();

    @Message("Path")
    String path();

    @Message("Detail")
    String detail();

    @Message("{#when kind}{#is SIGN_IN}Signed in{#is SIGN_OUT}Signed out{#is SIGN_IN_FAILED}Sign-in failed"
            + "{#is THROTTLED}Sign-in paused (too many failures){#is PERMISSION_REFUSED}Permission refused"
            + "{#is CSRF_REFUSED}Form token refused{#is CROSS_SITE_REFUSED}Cross-site request refused"
            + "{#is BACKUP_MADE}Backup made{#is BACKUP_DOWNLOADED}Backup downloaded{/when}")
    String kind(SecuritySignal.Kind kind);

    @Message("A username has at most 64 characters.")
    String userTooLong();

    @Message("A username cannot contain the NUL character (U+0000).")
    String userNul();

    @Message("{field} must be a date from {first} to {last}.")
    String dateOutOfRange(String field, int first, int last);

    @Message("{field} must be a date like 2026-03-04.")
    String dateShape(String field);

    @Message("To must be on or after From.")
    String toBeforeFrom();

    @Message("Choose one of: {entities}.")
    String chooseEntity(String entities);

    @Message("Choose format csv or json.")
    String badFormat();
}

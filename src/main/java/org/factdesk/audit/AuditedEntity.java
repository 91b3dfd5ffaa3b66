package org.factdesk.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of data the audit history records, as people name them, with the audit tables that hold each and the
 * column naming the entity in them. A revision "touched" a kind when it wrote a row to one of its tables.
 */
public enum AuditedEntity {
    CLAIM("Claim", new AuditTable("claim_aud", "id", "id"), new AuditTable("claim_tag_aud", "claim_id", "claim_id")),
    VERDICT("Verdict", new AuditTable("verdict_aud", "id", "claim_id")),
    SOURCE("Source", new AuditTable("source_aud", "id", null)),
    COMMENT("Comment", new AuditTable("claim_comment_aud", "id", "claim_id")),
    ARTICLE("Article", new AuditTable("article_aud", "id", null)),
    ACCOUNT("Account", new AuditTable("account_aud", "id", null),
            new AuditTable("account_role_aud", "account_id", null)),
    RATING("Rating", new AuditTable("rating_aud", "id", null),
            new AuditTable("rating_label_aud", "rating_id", null)),
    ORGANISATION("Organisation", new AuditTable("organisation_aud", "id", null));

    /**
     * An audit table, the column that holds the audited entity's id and, for data that belongs to a claim, the
     * column that holds the claim's id (null otherwise).
     */
    public record AuditTable(String name, String idColumn, String claimColumn) {
    }

    public final String label;
    public final List<AuditTable> tables;

    AuditedEntity(String label, AuditTable... tables) {
        this.label = label;
        this.tables = List.of(tables);
    }

    /** The value used in URLs and the API: the label in lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the key or the label in any case. */
    public static Optional<AuditedEntity> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (AuditedEntity e : values()) {
            if (e.name().equalsIgnoreCase(v)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** SQL that selects the revisions that wrote a row of this kind. */
    String revisionsSql() {
        return String.join(" union ", tables.stream().map(t -> "select rev from " + t.name()).toList());
    }
}

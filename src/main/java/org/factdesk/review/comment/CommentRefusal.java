package org.factdesk.review.comment;

/** Why a person may not comment on a claim; {@code ReviewMessages#commentRefused} words it. */
public enum CommentRefusal {
    /** Signed in without an active desk account. */
    NO_ACTIVE_ACCOUNT,
    /** A reviewer on a claim assigned to someone else. */
    NOT_ASSIGNED,
    /** Roles that only read. */
    READ_ONLY
}

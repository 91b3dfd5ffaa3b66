-- The audit history: one revision per transaction that changed audited data (Hibernate Envers), the rows each
-- revision wrote, a hash chain sealing the revisions, and the security log. Nothing in the application updates or
-- deletes these rows; docs/AUDIT.md gives the PostgreSQL grants that make that a database rule too.

create sequence audit_revision_seq start with 1 increment by 1;

create table audit_revision (
    id          bigint        not null primary key,
    at_millis   bigint        not null,
    account_id  bigint,
    username    varchar(32),
    action      varchar(32),
    note        varchar(2000),
    request_id  varchar(64)
);
create index audit_revision_at_idx on audit_revision (at_millis);
create index audit_revision_account_idx on audit_revision (account_id, at_millis);

-- The chain: seal n = SHA-256(seal n-1, canonical form of revision). seq is the order revisions were sealed in
-- (a revision that commits late is sealed late), so the chain never needs rewriting.
create table audit_seal (
    seq        bigint       not null primary key,
    rev        bigint       not null references audit_revision (id),
    prev_seal  varchar(64)  not null,
    seal       varchar(64)  not null,
    sealed_at  timestamp with time zone not null,
    constraint audit_seal_rev_uq unique (rev)
);

-- The head of the chain, locked by the sealer so several instances seal one after another.
create table audit_chain_head (
    id         integer      not null primary key,
    last_seq   bigint       not null,
    last_seal  varchar(64)  not null
);
insert into audit_chain_head (id, last_seq, last_seal)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table account_aud (
    id            bigint       not null,
    rev           bigint       not null references audit_revision (id),
    revtype       smallint,
    username      varchar(32),
    display_name  varchar(120),
    email         varchar(254),
    active        boolean,
    created_at    timestamp with time zone,
    primary key (id, rev)
);

create table account_role_aud (
    rev         bigint       not null references audit_revision (id),
    revtype     smallint,
    account_id  bigint       not null,
    role        varchar(16)  not null,
    primary key (rev, account_id, role)
);

create table article_aud (
    id            bigint        not null,
    rev           bigint        not null references audit_revision (id),
    revtype       smallint,
    title         varchar(300),
    outlet        varchar(200),
    author        varchar(200),
    source_url    varchar(2000),
    published_on  date,
    language      varchar(16),
    body_hash     varchar(64),
    imported_by   bigint,
    imported_at   timestamp with time zone,
    updated_at    timestamp with time zone,
    primary key (id, rev)
);

create table claim_aud (
    id                    bigint         not null,
    rev                   bigint         not null references audit_revision (id),
    revtype               smallint,
    article_id            bigint,
    start_offset          integer,
    end_offset            integer,
    quote                 varchar(10000),
    prefix                varchar(64),
    suffix                varchar(64),
    statement             varchar(2000),
    claimant              varchar(200),
    claim_date            date,
    appearance_url        varchar(2000),
    priority              varchar(16),
    score                 double precision,
    status                varchar(16),
    assignee_id           bigint,
    due_date              date,
    created_by            bigint,
    created_at            timestamp with time zone,
    updated_at            timestamp with time zone,
    current_verdict_id    bigint,
    published_verdict_id  bigint,
    return_note           varchar(2000),
    dismiss_reason        varchar(2000),
    primary key (id, rev)
);
create index claim_aud_rev_idx on claim_aud (rev);

create table claim_tag_aud (
    rev       bigint       not null references audit_revision (id),
    revtype   smallint,
    claim_id  bigint       not null,
    tag       varchar(40)  not null,
    primary key (rev, claim_id, tag)
);
create index claim_tag_aud_claim_idx on claim_tag_aud (claim_id, rev);

create table verdict_aud (
    id               bigint          not null,
    rev              bigint          not null references audit_revision (id),
    revtype          smallint,
    claim_id         bigint,
    revision         integer,
    state            varchar(16),
    rating_id        bigint,
    summary          varchar(300),
    analysis         varchar(100000),
    correction_note  varchar(2000),
    author_id        bigint,
    approver_id      bigint,
    created_at       timestamp with time zone,
    updated_at       timestamp with time zone,
    submitted_at     timestamp with time zone,
    approved_at      timestamp with time zone,
    primary key (id, rev)
);
create index verdict_aud_claim_idx on verdict_aud (claim_id, rev);
create index verdict_aud_rev_idx on verdict_aud (rev);

create table source_aud (
    id           bigint         not null,
    rev          bigint         not null references audit_revision (id),
    revtype      smallint,
    verdict_id   bigint,
    position     integer,
    url          varchar(2000),
    title        varchar(300),
    publisher    varchar(200),
    accessed_on  date,
    excerpt      varchar(5000),
    primary key (id, rev)
);
create index source_aud_verdict_idx on source_aud (verdict_id, rev);

create table claim_comment_aud (
    id          bigint          not null,
    rev         bigint          not null references audit_revision (id),
    revtype     smallint,
    claim_id    bigint,
    author_id   bigint,
    body        varchar(10000),
    created_at  timestamp with time zone,
    primary key (id, rev)
);
create index claim_comment_aud_claim_idx on claim_comment_aud (claim_id, rev);

create table rating_aud (
    id             bigint       not null,
    rev            bigint       not null references audit_revision (id),
    revtype        smallint,
    rating_key     varchar(40),
    label          varchar(80),
    numeric_value  integer,
    colour         varchar(7),
    position       integer,
    retired        boolean,
    primary key (id, rev)
);

create table organisation_aud (
    id        bigint        not null,
    rev       bigint        not null references audit_revision (id),
    revtype   smallint,
    name      varchar(200),
    url       varchar(2000),
    logo_url  varchar(2000),
    primary key (id, rev)
);

create sequence security_event_seq start with 1 increment by 50;

-- Sign-in, sign-out, failures, throttling and refusals: who, when, from where. Never a password or a token.
create table security_event (
    id          bigint        not null primary key,
    at          timestamp with time zone not null,
    kind        varchar(32)   not null,
    username    varchar(64),
    account_id  bigint,
    ip          varchar(64),
    path        varchar(500),
    detail      varchar(500)
);
create index security_event_at_idx on security_event (at);
create index security_event_user_idx on security_event (username, at);

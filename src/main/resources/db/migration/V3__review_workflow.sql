-- The review workflow: the rating scale, verdicts with their sources, comments, notifications and the
-- organisation's settings.

-- Seeded rows take ids below 1000; Hibernate's pooled ids start above.
create sequence rating_seq start with 1001 increment by 50;

create table rating (
    id            bigint       not null primary key,
    rating_key    varchar(40)  not null,
    label         varchar(80)  not null,
    numeric_value integer,
    colour        varchar(7)   not null,
    position      integer      not null,
    retired       boolean      not null,
    version       bigint       not null,
    constraint rating_key_uq unique (rating_key),
    constraint rating_label_uq unique (label)
);

insert into rating (id, rating_key, label, numeric_value, colour, position, retired, version) values
    (1, 'true',         'True',         5,    '#1a7f37', 10, false, 0),
    (2, 'mostly-true',  'Mostly true',  4,    '#4c9a2a', 20, false, 0),
    (3, 'half-true',    'Half true',    3,    '#9a6700', 30, false, 0),
    (4, 'mostly-false', 'Mostly false', 2,    '#bc4c00', 40, false, 0),
    (5, 'false',        'False',        1,    '#cf222e', 50, false, 0),
    (6, 'misleading',   'Misleading',   null, '#8250df', 60, false, 0),
    (7, 'unverifiable', 'Unverifiable', null, '#57606a', 70, false, 0);

create sequence verdict_seq start with 1 increment by 50;

-- Every verdict a claim ever had; revision 1 is the first, a correction adds the next.
create table verdict (
    id                bigint        not null primary key,
    claim_id          bigint        not null references claim (id),
    revision          integer       not null,
    state             varchar(16)   not null,
    rating_id         bigint        references rating (id),
    summary           varchar(300),
    analysis          varchar(100000),
    correction_note   varchar(2000),
    author_id         bigint        references account (id),
    approver_id       bigint        references account (id),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    submitted_at      timestamp with time zone,
    approved_at       timestamp with time zone,
    version           bigint        not null,
    constraint verdict_revision_uq unique (claim_id, revision)
);
create index verdict_approved_idx on verdict (approved_at);
create index verdict_rating_idx on verdict (rating_id);

create sequence source_seq start with 1 increment by 50;

create table source (
    id           bigint        not null primary key,
    verdict_id   bigint        not null references verdict (id) on delete cascade,
    position     integer       not null,
    url          varchar(2000) not null,
    title        varchar(300),
    publisher    varchar(200),
    accessed_on  date,
    excerpt      varchar(5000)
);
create index source_verdict_idx on source (verdict_id, position);

-- The claim points at its latest verdict (what the reviewer works on) and at its latest published one (what
-- readers and reports see), so lists filter and sort by rating without a subquery.
alter table claim add column current_verdict_id bigint;
alter table claim add column published_verdict_id bigint;
alter table claim add column return_note varchar(2000);
alter table claim add column dismiss_reason varchar(2000);
alter table claim add constraint claim_current_verdict_fk foreign key (current_verdict_id) references verdict (id);
alter table claim add constraint claim_published_verdict_fk foreign key (published_verdict_id) references verdict (id);
create index claim_current_verdict_idx on claim (current_verdict_id);
create index claim_published_verdict_idx on claim (published_verdict_id);
create index claim_due_idx on claim (due_date);

create sequence claim_comment_seq start with 1 increment by 50;

create table claim_comment (
    id          bigint         not null primary key,
    claim_id    bigint         not null references claim (id),
    author_id   bigint         not null references account (id),
    body        varchar(10000) not null,
    created_at  timestamp with time zone not null
);
create index claim_comment_claim_idx on claim_comment (claim_id, created_at);

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id            bigint        not null primary key,
    recipient_id  bigint        not null references account (id),
    claim_id      bigint        not null references claim (id),
    actor_id      bigint        references account (id),
    kind          varchar(16)   not null,
    message       varchar(500)  not null,
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone
);
create index notification_recipient_idx on notification (recipient_id, read_at, created_at);
create index notification_claim_idx on notification (claim_id, recipient_id);

-- One row: who publishes the fact checks (ClaimReview's author).
create table organisation (
    id        bigint        not null primary key,
    name      varchar(200)  not null,
    url       varchar(2000),
    logo_url  varchar(2000),
    version   bigint        not null
);
insert into organisation (id, name, url, logo_url, version) values (1, 'FactDesk', null, null, 0);

-- Articles brought into the desk and the claims anchored in their text.
create sequence article_seq start with 1 increment by 50;

create table article (
    id            bigint        not null primary key,
    title         varchar(300)  not null,
    outlet        varchar(200),
    author        varchar(200),
    source_url    varchar(2000),
    published_on  date,
    language      varchar(16),
    body          varchar(1048576) not null,
    body_hash     varchar(64)   not null,
    imported_by   bigint        references account (id),
    imported_at   timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint        not null
);
create index article_imported_at_idx on article (imported_at);
create index article_source_url_idx on article (source_url);
create index article_body_hash_idx on article (body_hash);
create index article_outlet_idx on article (outlet);

create sequence claim_seq start with 1 increment by 50;

-- start_offset/end_offset are UTF-16 indexes into article.body (W3C TextPosition), quote/prefix/suffix the
-- TextQuote selector that lets the anchor be checked.
create table claim (
    id              bigint        not null primary key,
    article_id      bigint        not null references article (id),
    start_offset    integer       not null,
    end_offset      integer       not null,
    quote           varchar(10000) not null,
    prefix          varchar(64)   not null,
    suffix          varchar(64)   not null,
    statement       varchar(2000) not null,
    claimant        varchar(200),
    claim_date      date,
    appearance_url  varchar(2000),
    priority        varchar(16)   not null,
    score           double precision not null,
    status          varchar(16)   not null,
    assignee_id     bigint        references account (id),
    due_date        date,
    created_by      bigint        references account (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null,
    constraint claim_span_ck check (start_offset >= 0 and end_offset > start_offset)
);
create index claim_article_idx on claim (article_id, start_offset);
create index claim_status_idx on claim (status, updated_at);
create index claim_assignee_idx on claim (assignee_id, due_date);
create index claim_updated_idx on claim (updated_at);

create table claim_tag (
    claim_id bigint      not null references claim (id) on delete cascade,
    tag      varchar(40) not null,
    primary key (claim_id, tag)
);
create index claim_tag_tag_idx on claim_tag (tag);

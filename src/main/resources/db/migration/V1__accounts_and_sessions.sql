-- People who sign in, their roles, their server-side sessions and sign-in attempts.
create sequence account_seq start with 1 increment by 50;

create table account (
    id              bigint       not null primary key,
    username        varchar(32)  not null,
    display_name    varchar(120) not null,
    email           varchar(254) not null,
    password_hash   varchar(100) not null,
    active          boolean      not null,
    created_at      timestamp with time zone not null,
    last_sign_in_at timestamp with time zone,
    version         bigint       not null
);
create unique index account_username_uq on account (username);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(16) not null,
    primary key (account_id, role)
);
create index account_role_role_idx on account_role (role);

create sequence user_session_seq start with 1 increment by 50;

-- Only a SHA-256 of the session token is kept, so a copy of the database cannot be replayed as cookies.
create table user_session (
    id           bigint      not null primary key,
    token_hash   varchar(64) not null,
    account_id   bigint      not null references account (id) on delete cascade,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    ip           varchar(64),
    user_agent   varchar(255)
);
create unique index user_session_token_uq on user_session (token_hash);
create index user_session_account_idx on user_session (account_id);

create sequence login_attempt_seq start with 1 increment by 50;

create table login_attempt (
    id           bigint      not null primary key,
    username     varchar(64) not null,
    attempted_at timestamp with time zone not null,
    outcome      varchar(16) not null,
    ip           varchar(64)
);
create index login_attempt_user_time_idx on login_attempt (username, attempted_at);

-- Generated secrets shared by every instance (e.g. the key that signs one-line notices).
create table app_secret (
    name       varchar(64)  not null primary key,
    secret     varchar(128) not null,
    created_at timestamp with time zone not null
);

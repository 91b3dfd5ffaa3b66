-- Four eyes over everyone who touched a verdict revision: the accounts that saved, submitted or reassigned it. None
-- of them may approve it. Existing revisions start with their author.
create table verdict_contributor (
    verdict_id bigint not null references verdict (id) on delete cascade,
    account_id bigint not null references account (id),
    primary key (verdict_id, account_id)
);
create index verdict_contributor_account_idx on verdict_contributor (account_id);
insert into verdict_contributor (verdict_id, account_id) select id, author_id from verdict where author_id is not null;

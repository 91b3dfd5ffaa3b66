-- Languages and time zones (docs/ARCHITECTURE.md, "Languages"). The desk's default language and its time zone live
-- on the organisation row; an account may choose its own (null: follow the desk). Tags are IETF (en, es, fr,
-- pt-BR), zones are tz database ids (America/Sao_Paulo). The audit tables do not get these columns: every audit
-- row's columns are part of the sealed text of its revision, so a new column would change past revisions' seals.
alter table organisation add column default_language varchar(8) default 'en' not null;
alter table organisation add column time_zone varchar(64) default 'UTC' not null;
alter table account add column language varchar(8);
alter table account add column time_zone varchar(64);

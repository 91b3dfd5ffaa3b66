-- The rating scale in each language (docs/ARCHITECTURE.md, "Languages"). rating.label stays the English label (and
-- the one every language falls back to); this table holds a rating's label in each other language, one row per
-- rating and language tag (es, fr, pt-BR), absent when the admin left that translation empty.
create table rating_label (
    rating_id  bigint       not null references rating (id) on delete cascade,
    language   varchar(8)   not null,
    label      varchar(80)  not null,
    primary key (rating_id, language),
    constraint rating_label_language_label_uq unique (language, label)
);

insert into rating_label (rating_id, language, label)
select r.id, t.language, t.label from rating r join (
              select 'true' as rating_key, 'es' as language, 'Verdadero' as label
    union all select 'true', 'fr', 'Vrai'
    union all select 'true', 'pt-BR', 'Verdadeiro'
    union all select 'mostly-true', 'es', 'Mayormente verdadero'
    union all select 'mostly-true', 'fr', 'Plutôt vrai'
    union all select 'mostly-true', 'pt-BR', 'Quase verdadeiro'
    union all select 'half-true', 'es', 'Verdad a medias'
    union all select 'half-true', 'fr', 'À moitié vrai'
    union all select 'half-true', 'pt-BR', 'Meia-verdade'
    union all select 'mostly-false', 'es', 'Mayormente falso'
    union all select 'mostly-false', 'fr', 'Plutôt faux'
    union all select 'mostly-false', 'pt-BR', 'Quase falso'
    union all select 'false', 'es', 'Falso'
    union all select 'false', 'fr', 'Faux'
    union all select 'false', 'pt-BR', 'Falso'
    union all select 'misleading', 'es', 'Engañoso'
    union all select 'misleading', 'fr', 'Trompeur'
    union all select 'misleading', 'pt-BR', 'Enganoso'
    union all select 'unverifiable', 'es', 'Inverificable'
    union all select 'unverifiable', 'fr', 'Invérifiable'
    union all select 'unverifiable', 'pt-BR', 'Inverificável'
) t on t.rating_key = r.rating_key
-- Only the default scale's ratings under their default English labels: a desk that renamed one keeps its own words.
where (r.rating_key, r.label) in (('true', 'True'), ('mostly-true', 'Mostly true'), ('half-true', 'Half true'),
    ('mostly-false', 'Mostly false'), ('false', 'False'), ('misleading', 'Misleading'),
    ('unverifiable', 'Unverifiable'));

-- The translations are audited like an account's roles: Envers writes each label added or removed (a changed label
-- is the old one removed and the new one added) under the revision that also records the rating as changed. This is
-- a new table rather than new columns on rating_aud, so no past revision's sealed text changes: the canonical text
-- (docs/AUDIT.md) lists this table last, and no revision before this one has rows in it.
create table rating_label_aud (
    rev        bigint       not null references audit_revision (id),
    revtype    smallint,
    rating_id  bigint       not null,
    language   varchar(8)   not null,
    label      varchar(80)  not null,
    primary key (rev, rating_id, language, label)
);

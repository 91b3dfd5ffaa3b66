-- The similar-claims index re-reads claims in (updated_at, id) order from a watermark, a page at a time (keyset);
-- this index bounds each page's scan and serves its order on H2 and PostgreSQL alike.
create index claim_updated_id_idx on claim (updated_at, id);

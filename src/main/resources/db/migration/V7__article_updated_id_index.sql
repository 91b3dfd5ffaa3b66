-- The search index re-reads the claims of articles whose details changed since its watermark, in (updated_at, id)
-- order; this index bounds that read as claim_updated_id_idx does for claims.
create index article_updated_id_idx on article (updated_at, id);

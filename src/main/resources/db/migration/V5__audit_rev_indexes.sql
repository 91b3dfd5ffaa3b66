-- The sealer and the audit log read each *_aud table by revision range (where rev between ? and ?). Tables whose
-- primary key is (id, rev) had no index starting with rev, so each sealing pass scanned them whole; these make
-- it an index range read, as claim_aud and verdict_aud already had.
create index account_aud_rev_idx on account_aud (rev);
create index article_aud_rev_idx on article_aud (rev);
create index source_aud_rev_idx on source_aud (rev);
create index claim_comment_aud_rev_idx on claim_comment_aud (rev);
create index rating_aud_rev_idx on rating_aud (rev);
create index organisation_aud_rev_idx on organisation_aud (rev);

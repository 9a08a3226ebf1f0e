-- A product an editor has added but not published yet. It is kept off every public page the same way a retired
-- product is (retired_at is set, and every public read skips products with retired_at set); the flag tells the two
-- apart, so that a draft's address answers 404 Not Found and a retired product's 410 Gone.
alter table product add column draft boolean not null default false;

alter table product add constraint product_draft_is_hidden check (not draft or retired_at is not null);

-- Scores, pages and feeds now skip hidden items; carrying the flag in the product/date index keeps the
-- velocity recompute an index-only walk (see V7). Same key, same name, so page plans do not change.
create index activity_item_product_moves_idx on activity_item (product_id, occurred_on desc, id desc)
    include (kind, spark, hidden);
drop index activity_item_product_recent_idx;
alter index activity_item_product_moves_idx rename to activity_item_product_recent_idx;

-- Ranked lists (alternatives, most active) walk product_score in score order and stop after a handful of
-- rows. That only works if every product has a score row: a product with none would have to be merged in
-- from a second scan of product, which on 100,000 products cost 120-420 ms per page. So a product gets a
-- zero score the moment it is created (formula_version 0: nothing computed yet) and the recompute
-- overwrites it as soon as the product has activity or the day rolls over.
insert into product_score (product_id, score, raw_points, sparks_30d, last_move_on, formula_version, computed_for, computed_at)
select p.id, 0, 0, 0, null, 0, (now() at time zone 'UTC')::date, now()
from product p
where not exists (select 1 from product_score s where s.product_id = p.id);

-- The schema the migration ran in, whatever search path the inserting session has (imports, pg_restore).
create function product_score_placeholder() returns trigger language plpgsql set search_path from current as $$
begin
    insert into product_score (product_id, score, raw_points, sparks_30d, last_move_on, formula_version, computed_for, computed_at)
    values (new.id, 0, 0, 0, null, 0, (now() at time zone 'UTC')::date, now())
    on conflict (product_id) do nothing;
    return null;
end
$$;

create trigger product_score_placeholder after insert on product
    for each row execute function product_score_placeholder();

-- Score order with a stable tie-break, so "top 6 of a sector" is an index walk that stops early.
create index product_score_ranking_idx on product_score (score desc, last_move_on desc nulls last, product_id);
drop index product_score_rank_idx;

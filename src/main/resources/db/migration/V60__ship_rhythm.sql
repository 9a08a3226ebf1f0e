-- Figures beside the velocity score, from the same moves and written by the same recompute: they tell
-- products with equal scores apart (many products reach the cap, many sit at 0.0) and say what a quiet
-- product did ship. Null means "not computed yet": the score refresh at start-up treats such rows as stale
-- and fills them, and a product created later gets them with its first move.
alter table product_score
    add column releases_90d            integer      constraint product_score_releases_90d_positive check (releases_90d >= 0),
    add column moves_365d              integer      constraint product_score_moves_365d_positive check (moves_365d >= 0),
    add column last_release_on         date,
    add column median_release_gap_days numeric(8,1) constraint product_score_release_gap_positive check (median_release_gap_days >= 0),
    add column sector_rank             integer      constraint product_score_sector_rank_positive check (sector_rank >= 1),
    add column sector_size             integer      constraint product_score_sector_size_positive check (sector_size >= 1);

-- The ranking every list uses: score, then the rhythm figures as tie-breaks (more releases in 90 days, a
-- more recent release, a shorter usual gap), then the latest move, then the id. Same walk-and-stop plans
-- as the index it replaces.
create index product_score_rhythm_ranking_idx on product_score (
    score desc, releases_90d desc nulls last, last_release_on desc nulls last,
    median_release_gap_days asc nulls last, last_move_on desc nulls last, product_id);
drop index product_score_ranking_idx;

-- Velocity scores are computed when activity changes (and once a day, as items age),
-- never while a page is being read.

create table product_score (
    product_id      bigint       primary key references product (id),
    score           numeric(2,1) not null constraint product_score_range check (score between 0 and 5),
    raw_points      double precision not null constraint product_score_raw_positive check (raw_points >= 0),
    sparks_30d      integer      not null constraint product_score_sparks_positive check (sparks_30d >= 0),
    last_move_on    date,
    formula_version integer      not null,
    computed_for    date         not null,
    computed_at     timestamptz  not null
);

create index product_score_rank_idx on product_score (score desc, product_id);

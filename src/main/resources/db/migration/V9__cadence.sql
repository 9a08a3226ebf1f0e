-- Each product's own shipping rhythm, so pages can say when it has gone "quieter than usual".
-- Recomputed with the score: when activity changes and once a day.
create table product_cadence (
    product_id      bigint       primary key references product (id),
    ship_days       integer      not null constraint product_cadence_ship_days_positive check (ship_days >= 0),
    median_gap_days numeric(8,1) constraint product_cadence_gap_positive check (median_gap_days >= 0),
    last_move_on    date,
    quiet           boolean      not null,
    computed_for    date         not null
);

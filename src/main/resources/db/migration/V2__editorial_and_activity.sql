-- Editorial trajectories are append-only: every save is a new revision, the newest one is current.

create table trajectory_revision (
    id            bigint generated always as identity primary key,
    product_id    bigint       not null references product (id),
    revision      integer      not null constraint trajectory_revision_positive check (revision >= 1),
    headline      varchar(200) not null constraint trajectory_headline_present check (btrim(headline) <> ''),
    current_state text         not null constraint trajectory_current_state_present check (btrim(current_state) <> ''),
    heading       text         not null constraint trajectory_heading_present check (btrim(heading) <> ''),
    prediction    text         not null constraint trajectory_prediction_present check (btrim(prediction) <> ''),
    author        varchar(80)  not null,
    created_at    timestamptz  not null,
    constraint trajectory_revision_unique unique (product_id, revision)
);

create function trajectory_revision_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'trajectory revisions are never overwritten or deleted; save a new revision instead';
end;
$$;

create trigger trajectory_revision_append_only
    before update or delete on trajectory_revision
    for each row execute function trajectory_revision_is_append_only();

create table activity_item (
    id          bigint generated always as identity primary key,
    product_id  bigint        not null references product (id),
    occurred_on date          not null,
    kind        varchar(24)   not null constraint activity_kind_known check (kind in
                    ('RELEASE', 'RELEASE_CANDIDATE', 'SECURITY_RELEASE', 'ANNOUNCEMENT', 'BUSINESS')),
    title       varchar(200)  not null constraint activity_title_present check (btrim(title) <> ''),
    summary     text,
    source_url  varchar(1000) constraint activity_source_http check (source_url ~ '^https?://[^\s]+$'),
    spark       boolean       not null default false,
    version     bigint        not null default 0,
    created_at  timestamptz   not null
);

-- Serves "recent activity of a product" (and, laterally, of several) without sorting.
create index activity_item_product_recent_idx on activity_item (product_id, occurred_on desc, id desc);
-- Serves "latest sparks across the site".
create index activity_item_sparks_idx on activity_item (occurred_on desc, id desc) where spark;

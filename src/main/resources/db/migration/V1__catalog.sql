-- The catalog: sectors, products and their ranked themes.
-- Slugs are the public URL keys, so their shape is enforced here and not only in Java.

create table sector (
    id          bigint generated always as identity primary key,
    slug        varchar(60)  not null unique
                constraint sector_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(80)  not null constraint sector_name_present check (btrim(name) <> ''),
    description text         not null default '',
    created_at  timestamptz  not null
);

create table product (
    id             bigint generated always as identity primary key,
    slug           varchar(60)  not null unique
                   constraint product_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           varchar(80)  not null constraint product_name_present check (btrim(name) <> ''),
    sector_id      bigint       not null references sector (id),
    headline       varchar(160) not null constraint product_headline_present check (btrim(headline) <> ''),
    summary        text         not null default '',
    website_url    varchar(500) constraint product_website_http check (website_url ~ '^https?://[^\s]+$'),
    repository_url varchar(500) constraint product_repository_http check (repository_url ~ '^https?://[^\s]+$'),
    retired_at     timestamptz,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);

create index product_sector_idx on product (sector_id) where retired_at is null;

create table theme (
    id   bigint generated always as identity primary key,
    slug varchar(60) not null unique
         constraint theme_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name varchar(80) not null constraint theme_name_present check (btrim(name) <> '')
);

create table product_theme (
    product_id bigint   not null references product (id),
    theme_id   bigint   not null references theme (id),
    rank       smallint not null constraint product_theme_rank_range check (rank between 1 and 20),
    primary key (product_id, theme_id),
    constraint product_theme_rank_unique unique (product_id, rank)
);

create index product_theme_theme_idx on product_theme (theme_id);

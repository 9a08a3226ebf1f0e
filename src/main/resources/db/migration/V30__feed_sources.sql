-- Feed sources (issue 8): the release feeds and blogs a product's activity is ingested from, and how
-- fetching each of them went. Sources are removed softly (removed_at), so that re-adding a URL revives
-- its row and the items it already produced stay deduplicated against it.

create table feed_source (
    id                   bigint generated always as identity primary key,
    product_id           bigint        not null references product (id),
    url                  varchar(1000) not null constraint feed_source_url_http check (url ~ '^https?://[^\s]+$'),
    kind                 varchar(16)   not null constraint feed_source_kind_known check (kind in ('RELEASES', 'BLOG')),
    -- Validators of the last 200 response, sent back as If-None-Match / If-Modified-Since.
    etag                 varchar(500),
    last_modified        varchar(100),
    next_fetch_at        timestamptz   not null,
    -- While an instance fetches the source it holds a lease; results are stored only under that lease.
    lease_token          uuid,
    lease_until          timestamptz,
    last_fetch_at        timestamptz,
    last_success_at      timestamptz,
    last_error           varchar(500),
    last_error_at        timestamptz,
    consecutive_failures integer       not null default 0
                         constraint feed_source_failures_positive check (consecutive_failures >= 0),
    removed_at           timestamptz,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    constraint feed_source_url_unique unique (product_id, url),
    constraint feed_source_lease_whole check ((lease_token is null) = (lease_until is null)),
    constraint feed_source_error_dated check ((last_error is null) = (last_error_at is null))
);

-- Serves "which sources are due" for the pollers of every instance.
create index feed_source_due_idx on feed_source (next_fetch_at) where removed_at is null;

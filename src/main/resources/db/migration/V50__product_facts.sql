-- What a reader checks first about a product, entered by editors: each fact with the address it was
-- checked against and the day it was checked, so a page can cite it and an editor can see what has aged.
-- The category places a product among its sector's peers ("Matrix homeserver", "messenger"); alternatives
-- are ranked by it first. One row per product, created on the first save; no row means nothing known yet.

create table product_facts (
    product_id              bigint       primary key references product (id),
    category                varchar(60)  constraint product_facts_category_present check (btrim(category) <> ''),
    licence                 varchar(120) constraint product_facts_licence_shape
                            check (licence ~ '^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$'),
    licence_source          varchar(500),
    licence_checked_on      date,
    hosting                 varchar(12)  constraint product_facts_hosting_known
                            check (hosting in ('SELF_HOSTED', 'HOSTED', 'BOTH')),
    hosting_source          varchar(500),
    hosting_checked_on      date,
    platforms               varchar(200) constraint product_facts_platforms_present check (btrim(platforms) <> ''),
    platforms_source        varchar(500),
    platforms_checked_on    date,
    language                varchar(60)  constraint product_facts_language_present check (btrim(language) <> ''),
    language_source         varchar(500),
    language_checked_on     date,
    pricing                 varchar(10)  constraint product_facts_pricing_known
                            check (pricing in ('FREE', 'OPEN_CORE', 'FREEMIUM', 'PAID')),
    pricing_source          varchar(500),
    pricing_checked_on      date,
    first_release           smallint     constraint product_facts_first_release_range
                            check (first_release between 1970 and 2100),
    first_release_source    varchar(500),
    first_release_checked_on date,
    adoption_count          bigint       constraint product_facts_adoption_positive check (adoption_count >= 0),
    adoption_measure        varchar(80)  constraint product_facts_adoption_measure_present
                            check (btrim(adoption_measure) <> ''),
    adoption_source         varchar(500),
    adoption_checked_on     date,
    version                 bigint       not null default 0,
    updated_at              timestamptz  not null,
    -- An entered fact is never without its source and check date; a source without a fact is meaningless.
    constraint product_facts_licence_sourced check ((licence is null) = (licence_source is null)
        and (licence is null) = (licence_checked_on is null)),
    constraint product_facts_hosting_sourced check ((hosting is null) = (hosting_source is null)
        and (hosting is null) = (hosting_checked_on is null)),
    constraint product_facts_platforms_sourced check ((platforms is null) = (platforms_source is null)
        and (platforms is null) = (platforms_checked_on is null)),
    constraint product_facts_language_sourced check ((language is null) = (language_source is null)
        and (language is null) = (language_checked_on is null)),
    constraint product_facts_pricing_sourced check ((pricing is null) = (pricing_source is null)
        and (pricing is null) = (pricing_checked_on is null)),
    constraint product_facts_first_release_sourced check ((first_release is null) = (first_release_source is null)
        and (first_release is null) = (first_release_checked_on is null)),
    constraint product_facts_adoption_sourced check ((adoption_count is null) = (adoption_measure is null)
        and (adoption_count is null) = (adoption_source is null)
        and (adoption_count is null) = (adoption_checked_on is null)),
    constraint product_facts_sources_http check (
        coalesce(licence_source, 'https://x') ~ '^https?://[^\s]+$'
        and coalesce(hosting_source, 'https://x') ~ '^https?://[^\s]+$'
        and coalesce(platforms_source, 'https://x') ~ '^https?://[^\s]+$'
        and coalesce(language_source, 'https://x') ~ '^https?://[^\s]+$'
        and coalesce(pricing_source, 'https://x') ~ '^https?://[^\s]+$'
        and coalesce(first_release_source, 'https://x') ~ '^https?://[^\s]+$'
        and coalesce(adoption_source, 'https://x') ~ '^https?://[^\s]+$')
);

-- A facts save moves the product's sitemap <lastmod> like any other edit of its pages.
create trigger product_facts_inserted_touches_product
    after insert on product_facts referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

create trigger product_facts_updated_touches_product
    after update on product_facts referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

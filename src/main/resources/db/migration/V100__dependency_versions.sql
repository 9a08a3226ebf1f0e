-- One row per thing a page can show (a product, a sector's ranking, the site itself), not one row
-- for everything: a write bumps only the rows of what it changed, so pages that do not show it keep
-- their cache entry and ETag. Versions come from one sequence, so instances poll "what changed since
-- the highest version I have seen" with one index range scan.
create sequence dependency_version_seq;

create table dependency_version (
    key        text        primary key,
    version    bigint      not null unique,
    changed_at timestamptz not null
);

insert into dependency_version (key, version, changed_at)
select 'site', nextval('dependency_version_seq'), changed_at from data_version;

-- data_version is neither read nor written any more; it stays so that this migration keeps every row.

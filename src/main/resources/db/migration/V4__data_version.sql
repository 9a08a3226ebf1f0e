-- One row that every write bumps in its own transaction. Pages derive their ETag from it, and every
-- instance sees a change as soon as the writing transaction commits.
create table data_version (
    id         boolean     primary key default true constraint data_version_single_row check (id),
    version    bigint      not null,
    changed_at timestamptz not null
);

insert into data_version (id, version, changed_at) values (true, 1, now());

-- When a product's public pages last changed, for sitemaps' <lastmod>. Kept by the database itself, so
-- every writer (editors, feed ingestion, bulk loads) moves it, one statement at a time.
alter table product add column content_changed_at timestamptz;

update product p
set content_changed_at = greatest(p.updated_at,
        (select max(r.created_at) from trajectory_revision r where r.product_id = p.id),
        (select max(a.created_at) from activity_item a where a.product_id = p.id));

alter table product alter column content_changed_at set default now();
alter table product alter column content_changed_at set not null;

create function touch_products_of_inserted() returns trigger
    language plpgsql as
$$
begin
    update product p set content_changed_at = greatest(p.content_changed_at, now())
    from (select distinct product_id from changed_rows) c
    where p.id = c.product_id;
    return null;
end;
$$;

create trigger activity_item_inserted_touches_product
    after insert on activity_item referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

create trigger activity_item_updated_touches_product
    after update on activity_item referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

create trigger activity_item_deleted_touches_product
    after delete on activity_item referencing old table as changed_rows
    for each statement execute function touch_products_of_inserted();

create trigger trajectory_revision_inserted_touches_product
    after insert on trajectory_revision referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

-- An editor's "delete" keeps the item as removed, so that it can be restored: a removed item is hidden (off every
-- public page and out of the score, like an item hidden in review) and remembers whether it was a spark or hidden
-- before, which restoring brings back.
alter table activity_item add column removed_at timestamptz;
alter table activity_item add column spark_before_removal boolean not null default false;
alter table activity_item add column hidden_before_removal boolean not null default false;

alter table activity_item add constraint activity_removed_is_hidden check (removed_at is null or hidden);

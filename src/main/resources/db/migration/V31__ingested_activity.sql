-- Ingested activity (issue 8): an item read from a feed remembers its source and the entry's id there,
-- so re-polling updates it instead of adding a duplicate. Ingested items wait for an editor (PENDING)
-- and are never sparks until one flags them; any item can be hidden from public pages and scores.

alter table activity_item
    add column feed_source_id bigint references feed_source (id),
    add column entry_id       varchar(255),
    add column review_state   varchar(16)
               constraint activity_review_state_known check (review_state in ('PENDING', 'REVIEWED')),
    add column hidden         boolean not null default false;

alter table activity_item
    add constraint activity_ingested_shape check (
        (feed_source_id is null) = (entry_id is null) and (feed_source_id is null) = (review_state is null)),
    add constraint activity_pending_not_spark check (not (spark and review_state = 'PENDING')),
    add constraint activity_hidden_not_spark check (not (hidden and spark)),
    add constraint activity_entry_unique unique (feed_source_id, entry_id);

-- Serves the editors' review queue, newest ingested first.
create index activity_item_review_pending_idx on activity_item (created_at desc, id desc)
    where review_state = 'PENDING';

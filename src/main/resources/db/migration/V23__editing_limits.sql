-- What the admin edits: sectors and themes get an optimistic-locking version like products, and the
-- editorial texts get the same upper bounds the forms enforce.

alter table sector add column version bigint not null default 0;
alter table theme add column version bigint not null default 0;

alter table product
    add constraint product_summary_length check (char_length(summary) <= 2000);

alter table trajectory_revision
    add constraint trajectory_current_state_length check (char_length(current_state) <= 4000),
    add constraint trajectory_heading_length check (char_length(heading) <= 4000),
    add constraint trajectory_prediction_length check (char_length(prediction) <= 4000);

-- Every change made through the admin: who, when, what, and the entity's state before and after
-- (JSON text, kept in the field order it was written in).

create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor_id     bigint       references editor_account (id),
    actor        varchar(254) not null,
    action       varchar(40)  not null constraint audit_entry_action_present check (btrim(action) <> ''),
    entity_type  varchar(40)  not null,
    entity_id    bigint,
    product_id   bigint       references product (id),
    summary      varchar(300) not null,
    before_state text         constraint audit_entry_before_json check (before_state is null or before_state::jsonb is not null),
    after_state  text         constraint audit_entry_after_json check (after_state is null or after_state::jsonb is not null)
);

create index audit_entry_recent_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_product_idx on audit_entry (product_id, occurred_at desc, id desc) where product_id is not null;

-- The log is a record: entries are never rewritten.
create function audit_entry_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit entries are never changed or deleted';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

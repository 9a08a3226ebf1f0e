-- An editor's verdict on a pair of products ("pick A if…, pick B if…"), leading their compare page.
-- Append-only like trajectories: every save is a new revision, the newest one is current. The pair is
-- stored in one order (lower id first) so that A-vs-B and B-vs-A are the same verdict.

create table verdict_revision (
    id          bigint generated always as identity primary key,
    first_id    bigint       not null references product (id),
    second_id   bigint       not null references product (id),
    revision    integer      not null constraint verdict_revision_positive check (revision >= 1),
    body        text         not null constraint verdict_body_present check (btrim(body) <> '')
                             constraint verdict_body_length check (char_length(body) <= 4000),
    author      varchar(80)  not null,
    created_at  timestamptz  not null,
    constraint verdict_pair_ordered check (first_id < second_id),
    constraint verdict_revision_unique unique (first_id, second_id, revision)
);

create function verdict_revision_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'verdict revisions are never overwritten or deleted; save a new revision instead';
end;
$$;

create trigger verdict_revision_append_only
    before update or delete on verdict_revision
    for each row execute function verdict_revision_is_append_only();

-- The editorial ledger: every prediction a trajectory makes, when it falls due and how editors graded
-- it; the sources each editorial block rests on; and the corrections made in public. These are
-- records readers rely on, so the database itself refuses to rewrite them: a graded prediction never
-- changes again (a regrade is a new grade row), grades, sources and corrections are append-only.

create table prediction (
    id          bigint generated always as identity primary key,
    product_id  bigint      not null references product (id),
    -- the trajectory revision that first made it; null for predictions older than the recorded revisions
    revision    integer,
    statement   text        not null constraint prediction_statement_present
                    check (btrim(statement) <> '' and char_length(statement) <= 4000),
    made_at     timestamptz not null,
    due_on      date        not null,
    created_at  timestamptz not null,
    constraint prediction_made_by_revision foreign key (product_id, revision)
        references trajectory_revision (product_id, revision),
    constraint prediction_one_per_revision unique (product_id, revision),
    constraint prediction_due_after_made check (due_on >= (made_at at time zone 'UTC')::date)
);

create index prediction_product_idx on prediction (product_id, made_at desc, id desc);
create index prediction_due_idx on prediction (due_on, id);

-- Every prediction already written enters the ledger, due a quarter after it was made (before the
-- triggers below exist: entering the ledger changes no page date).
insert into prediction (product_id, revision, statement, made_at, due_on, created_at)
select product_id, revision, prediction, created_at, ((created_at at time zone 'UTC')::date + interval '3 months')::date,
       created_at
from (select r.product_id, r.revision, r.prediction, r.created_at,
             lag(r.prediction) over (partition by r.product_id order by r.revision) as earlier
      from trajectory_revision r) t
where earlier is distinct from prediction;

create table prediction_grade (
    id                   bigint generated always as identity primary key,
    prediction_id        bigint        not null references prediction (id),
    sequence             integer       not null constraint prediction_grade_sequence_positive check (sequence >= 1),
    grade                varchar(16)   not null constraint prediction_grade_known
                             check (grade in ('CAME_TRUE', 'PARTLY', 'DID_NOT', 'WITHDRAWN')),
    note                 varchar(200)  not null constraint prediction_grade_note_present check (btrim(note) <> ''),
    -- evidence: an activity item of the product (its title, date and link kept as they were when
    -- graded, so later edits of the item cannot change a grade's meaning), or a URL
    evidence_activity_id bigint,
    evidence_title       varchar(200),
    evidence_on          date,
    evidence_url         varchar(1000) constraint prediction_grade_evidence_http
                             check (evidence_url ~ '^https?://[^\s]+$'),
    graded_on            date          not null,
    reason               varchar(300),
    author               varchar(80)   not null,
    created_at           timestamptz   not null,
    constraint prediction_grade_sequence_unique unique (prediction_id, sequence),
    constraint prediction_regrade_has_reason check (sequence = 1 or btrim(coalesce(reason, '')) <> ''),
    constraint prediction_grade_has_evidence
        check (grade = 'WITHDRAWN' or evidence_activity_id is not null or evidence_url is not null),
    constraint prediction_grade_activity_snapshot
        check ((evidence_activity_id is null) = (evidence_title is null)
           and (evidence_activity_id is null) = (evidence_on is null))
);

create index prediction_grade_recent_idx on prediction_grade (graded_on desc, id desc);

create function prediction_is_a_record() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        raise exception 'predictions are never deleted; grade one as withdrawn instead';
    end if;
    if exists (select 1 from prediction_grade g where g.prediction_id = old.id) then
        raise exception 'prediction % is graded and is never changed again; record a regrade instead', old.id;
    end if;
    if (new.id, new.product_id, new.revision, new.statement, new.made_at, new.created_at)
        is distinct from (old.id, old.product_id, old.revision, old.statement, old.made_at, old.created_at) then
        raise exception 'only the due date of an open prediction may change';
    end if;
    return new;
end;
$$;

create trigger prediction_record
    before update or delete on prediction
    for each row execute function prediction_is_a_record();

create function prediction_grade_is_sound() returns trigger
    language plpgsql as
$$
begin
    -- an item deleted since keeps its snapshot here, so only an item of another product is refused
    if new.evidence_activity_id is not null and exists (
        select 1 from activity_item a join prediction p on p.id = new.prediction_id
        where a.id = new.evidence_activity_id and a.product_id <> p.product_id) then
        raise exception 'the evidence must be an activity item of the predicted product';
    end if;
    if new.graded_on < (select (made_at at time zone 'UTC')::date from prediction where id = new.prediction_id) then
        raise exception 'a prediction cannot be graded before it was made';
    end if;
    return new;
end;
$$;

create trigger prediction_grade_sound
    before insert on prediction_grade
    for each row execute function prediction_grade_is_sound();

create function editorial_ledger_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% rows are records: never changed or deleted', tg_table_name;
end;
$$;

create trigger prediction_grade_append_only
    before update or delete on prediction_grade
    for each row execute function editorial_ledger_is_append_only();

-- The sources of one revision's blocks, in the order they are numbered on the page.
create table editorial_source (
    id           bigint generated always as identity primary key,
    product_id   bigint        not null,
    revision     integer       not null,
    block        varchar(16)   not null constraint editorial_source_block_known check (block in ('CURRENT_STATE', 'HEADING')),
    position     integer       not null constraint editorial_source_position_positive check (position >= 1),
    url          varchar(1000) not null constraint editorial_source_http check (url ~ '^https?://[^\s]+$'),
    title        varchar(200)  not null constraint editorial_source_title_present check (btrim(title) <> ''),
    retrieved_on date          not null,
    constraint editorial_source_of_revision foreign key (product_id, revision)
        references trajectory_revision (product_id, revision),
    constraint editorial_source_unique unique (product_id, revision, block, position)
);

create trigger editorial_source_append_only
    before update or delete on editorial_source
    for each row execute function editorial_ledger_is_append_only();

-- A revision saved as a correction, with its public note and the blocks it changed.
create table trajectory_correction (
    id           bigint generated always as identity primary key,
    product_id   bigint       not null,
    revision     integer      not null,
    note         varchar(200) not null constraint trajectory_correction_note_present check (btrim(note) <> ''),
    -- space-separated, e.g. 'CURRENT_STATE HEADING'
    blocks       varchar(60)  not null constraint trajectory_correction_blocks_known
                     check (blocks ~ '^((HEADLINE|CURRENT_STATE|HEADING|PREDICTION)( (HEADLINE|CURRENT_STATE|HEADING|PREDICTION))*)?$'),
    corrected_at timestamptz  not null,
    author       varchar(80)  not null,
    constraint trajectory_correction_of_revision foreign key (product_id, revision)
        references trajectory_revision (product_id, revision),
    constraint trajectory_correction_one_per_revision unique (product_id, revision)
);

create index trajectory_correction_recent_idx on trajectory_correction (corrected_at desc, id desc);

create trigger trajectory_correction_append_only
    before update or delete on trajectory_correction
    for each row execute function editorial_ledger_is_append_only();

-- Ledger writes change the product's public page: move its sitemap lastmod like other writes do.
create trigger prediction_inserted_touches_product
    after insert on prediction referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

create trigger prediction_updated_touches_product
    after update on prediction referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

create trigger trajectory_correction_inserted_touches_product
    after insert on trajectory_correction referencing new table as changed_rows
    for each statement execute function touch_products_of_inserted();

create function touch_products_of_graded() returns trigger
    language plpgsql as
$$
begin
    update product p set content_changed_at = greatest(p.content_changed_at, now())
    from (select distinct pr.product_id from changed_rows g join prediction pr on pr.id = g.prediction_id) c
    where p.id = c.product_id;
    return null;
end;
$$;

create trigger prediction_grade_inserted_touches_product
    after insert on prediction_grade referencing new table as changed_rows
    for each statement execute function touch_products_of_graded();

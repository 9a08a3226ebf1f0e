-- Full-text search over the catalog: one derived search document per product, rebuilt by triggers
-- whenever a product, its themes, a theme's name or its editorial trajectory changes. Triggers (rather
-- than Java code) keep it right whichever feature writes those tables: editors, ingest, the demo loader.

-- Trigram similarity on names, for "did you mean". pg_trgm ships with PostgreSQL (contrib) and is a
-- trusted extension, so the owner of the database may create it without being a superuser. It lands in
-- this schema, the one on the application's search_path.
create extension if not exists pg_trgm;

-- The text-search configuration ('english': stemmed, so "shipping" finds "ships") is named only in these
-- functions, so documents, queries and highlights can never disagree about it.

-- The reader's words as a query: quoted phrases, "or" and "-word" work, anything else is taken literally
-- and never raises a syntax error.
create function search_query(words text) returns tsquery
    language sql immutable strict parallel safe
    as $$ select websearch_to_tsquery('english', words) $$;

-- Marks the matches in a text with U+E000 ... U+E001 (private-use characters no catalog text needs);
-- the application escapes the text and only then turns the markers into <mark>. Whole texts (names,
-- headlines) are returned complete; long ones as up to two fragments around the matches.
create function search_highlight(body text, query tsquery, whole boolean) returns text
    language sql immutable parallel safe
    as $$
    select ts_headline('english', body, query,
           'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', '
           || case when whole then 'HighlightAll=true'
                   else 'MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "' end)
    $$;

-- The search document of a product. Weights: A = name (and the words of its slug, so "nextjs" finds
-- Next.js), B = headline, themes and the editorial headline, C = summary and editorial text.
-- themes and editorial keep the plain text that results quote with highlights.
create table product_search (
    product_id bigint   primary key references product (id) on delete cascade,
    document   tsvector not null,
    themes     text     not null,
    editorial  text     not null
);

create index product_search_document_idx on product_search using gin (document);

-- Serves the trigram look-up of names ("synpase" -> Synapse).
create index product_name_trgm_idx on product using gin (lower(name) gin_trgm_ops) where retired_at is null;

-- Rebuilds the search documents of these products from the current rows, in one statement.
-- search_path is pinned so that a write from any session (psql, another schema first) still finds the tables.
create function product_search_refresh(ids bigint[]) returns void
    language sql volatile
    set search_path from current
    as $$
    insert into product_search (product_id, document, themes, editorial)
    select p.id,
           setweight(to_tsvector('english', p.name || ' ' || replace(p.slug, '-', ' ')), 'A')
           || setweight(to_tsvector('english', concat_ws(' ', p.headline, th.names, t.headline)), 'B')
           || setweight(to_tsvector('english', concat_ws(' ', p.summary, t.current_state, t.heading, t.prediction)), 'C'),
           coalesce(th.names, ''),
           -- The editorial headline has no full stop of its own; one keeps excerpts from running sentences together.
           concat_ws(' ', regexp_replace(t.headline, '([^.!?…])$', '\1.'), t.current_state, t.heading, t.prediction,
                     nullif(p.summary, ''))
    from product p
    left join lateral (
        select string_agg(x.name, ', ' order by pt.rank) as names
        from product_theme pt join theme x on x.id = pt.theme_id
        where pt.product_id = p.id
    ) th on true
    left join lateral (
        select r.headline, r.current_state, r.heading, r.prediction
        from trajectory_revision r where r.product_id = p.id
        order by r.revision desc limit 1
    ) t on true
    where p.id = any(ids)
    on conflict (product_id) do update
        set document = excluded.document, themes = excluded.themes, editorial = excluded.editorial
    $$;

create function product_search_on_product() returns trigger
    language plpgsql set search_path from current as $$
begin
    perform product_search_refresh(array[new.id]);
    return null;
end;
$$;

create trigger product_search_product
    after insert or update of name, slug, headline, summary on product
    for each row execute function product_search_on_product();

create function product_search_on_product_theme() returns trigger
    language plpgsql set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        perform product_search_refresh(array[new.product_id]);
    elsif tg_op = 'DELETE' then
        perform product_search_refresh(array[old.product_id]);
    else
        perform product_search_refresh(array[old.product_id, new.product_id]);
    end if;
    return null;
end;
$$;

create trigger product_search_product_theme
    after insert or update or delete on product_theme
    for each row execute function product_search_on_product_theme();

create function product_search_on_theme() returns trigger
    language plpgsql set search_path from current as $$
begin
    perform product_search_refresh(array(select pt.product_id from product_theme pt where pt.theme_id = new.id));
    return null;
end;
$$;

create trigger product_search_theme
    after update of name on theme
    for each row execute function product_search_on_theme();

-- Revisions are append-only (see V2), so a new row is always the current trajectory.
create function product_search_on_trajectory() returns trigger
    language plpgsql set search_path from current as $$
begin
    perform product_search_refresh(array[new.product_id]);
    return null;
end;
$$;

create trigger product_search_trajectory
    after insert on trajectory_revision
    for each row execute function product_search_on_trajectory();

select product_search_refresh(array(select id from product));

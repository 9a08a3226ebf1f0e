-- Names as the search documents weigh them (weight A: the name and the words of the slug), indexed on their
-- own: a search gathers every product whose name matches from this small index, and ranks fully only a
-- bounded set of candidates, so a word that most documents contain no longer ranks the whole catalog.
-- The expression must stay the one product_search_refresh (V5) gives weight A.
create index product_name_document_idx on product
    using gin (to_tsvector('english', name || ' ' || replace(slug, '-', ' '))) where retired_at is null;

-- Names as readers type them: "Compare with…" and "x vs y" searches look products up by their lower-case
-- name, and suggestions walk the names that start with what was typed. Byte order ("C") lets one btree
-- serve both the equality and the prefix range, whatever the database's collation.
create index product_name_lookup_idx on product ((lower(name) collate "C")) where retired_at is null;

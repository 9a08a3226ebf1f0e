-- Serves the site-wide Atom feed ("the newest ship moves of all products") from the newest end, without
-- sorting the whole table; the existing partial index covers sparks only.
create index activity_item_recent_idx on activity_item (occurred_on desc, id desc);

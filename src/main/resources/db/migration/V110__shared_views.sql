-- What a feature lets the others read of its tables. Each table has one owner (see
-- docs/architecture.md, "Who owns which table"); other features read it through the owner's
-- query API or through one of these views, defined here by the owner. They are plain views over
-- one table, so PostgreSQL reads them as the table itself, indexes included.

-- catalog
create view catalog_product as
select id, slug, name, sector_id, headline, summary, website_url, repository_url, retired_at, draft, version,
       created_at, updated_at, content_changed_at
from product;

create view catalog_sector as
select id, slug, name, description, version, created_at
from sector;

-- activity: every item, hidden, removed and awaiting review included; readers filter.
create view activity_move as
select id, product_id, occurred_on, kind, title, summary, source_url, spark, hidden, review_state, feed_source_id,
       entry_id, removed_at, version, created_at
from activity_item;

-- scoring
create view scoring_score as
select * from product_score;

create view scoring_cadence as
select * from product_cadence;

-- editorial
create view editorial_trajectory as
select * from trajectory_revision;

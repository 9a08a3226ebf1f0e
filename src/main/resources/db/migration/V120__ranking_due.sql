-- Sectors whose scores changed since they were last ranked. Ranking a sector reads and may rewrite
-- every score row in it: 170-235 ms for a 15,000-product sector, where one new release moved 3,924
-- ranks. Writes to a large sector mark it here instead, and it is ranked once per interval
-- (DueRankings); each write moves the generation, so a ranking that raced a write leaves the sector due.
create table ranking_due (
    sector_id  bigint primary key references sector (id) on delete cascade,
    generation bigint not null default 1
);

package io.sparkpulse.scoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.catalog.CatalogQueries;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.freshness.DependencyKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code product_score} true: recomputes a product's score, the release figures
 * beside it and its sector's ranks when its activity changes (as the writing transaction
 * commits, see {@link ScoresAtCommit}), and every product's score once a day because
 * points decay with age. Hidden items count for nothing.
 * <p>
 * The arithmetic runs in PostgreSQL, one {@code INSERT ... SELECT} whatever the number of
 * products, so that a catalog of 100,000 products and millions of moves is rescored in
 * seconds without a row reaching Java. It is {@link VelocityFormula} written in SQL, with
 * the formula's own constants passed as parameters; {@code ScoreSqlMatchesFormulaTest}
 * holds the two to the same results.
 */
@Service
@Transactional
public class ScoreRecomputer {

	private static final Logger log = LoggerFactory.getLogger(ScoreRecomputer.class);

	/**
	 * The formula per product: Σ w(kind) · 2^(−age/half-life) over moves aged 0..horizon
	 * days, capped and rounded half-up to one decimal. The raw sum goes through its
	 * shortest decimal text (as {@code BigDecimal.valueOf} does in Java) before rounding,
	 * so both sides round the same digits.
	 * <p>
	 * Each product's moves of the last year are read from
	 * {@code activity_item_product_recent_idx}, which carries kind and spark (V7): an
	 * index-only walk whose cost follows one year of activity, however long the history
	 * grows. A seq scan with one big hash aggregate was slower on a large catalog and
	 * spilled to disk.
	 */
	private static final String UPSERT = """
			insert into product_score (product_id, score, raw_points, sparks_30d, last_move_on,
			                           releases_90d, moves_365d, last_release_on, median_release_gap_days,
			                           formula_version, computed_for, computed_at)
			select p.id, round(cast(cast(least(:maxScore, year.raw_points) as text) as numeric), 1), year.raw_points,
			       year.sparks_30d,
			       (select max(a.occurred_on) from activity_move a
			        where a.product_id = p.id and a.occurred_on <= :today and not a.hidden),
			       year.releases_90d, year.moves_365d,
			       (select max(a.occurred_on) from activity_move a
			        where a.product_id = p.id and a.occurred_on <= :today and not a.hidden
			          and a.kind = any(cast(:releaseKinds as text[]))),
			       gaps.median_gap,
			       :version, :today, :now
			from catalog_product p
			cross join lateral (
			    select coalesce(sum((cast(:weights as double precision[]))[array_position(cast(:kinds as text[]), cast(a.kind as text))]
			                        * power(2.0::double precision, -(:today - a.occurred_on) / :halfLife)), 0) as raw_points,
			           count(*) filter (where a.spark and a.occurred_on > :today - 30) as sparks_30d,
			           count(*) filter (where a.occurred_on > :today - :cadenceDays
			                            and a.kind = any(cast(:releaseKinds as text[]))) as releases_90d,
			           count(*) as moves_365d
			    from activity_move a
			    where a.product_id = p.id and a.occurred_on between :horizon and :today and not a.hidden
			) year
			cross join lateral (
			    select round(cast(percentile_cont(0.5) within group (order by gap) as numeric), 1) as median_gap
			    from (select day - lag(day) over (order by day) as gap
			          from (select distinct a.occurred_on as day from activity_move a
			                where a.product_id = p.id and a.occurred_on between :horizon and :today and not a.hidden
			                  and a.kind = any(cast(:releaseKinds as text[]))) days) gaps
			    where gap is not null
			) gaps
			%s
			on conflict (product_id) do update set
			    score = excluded.score, raw_points = excluded.raw_points, sparks_30d = excluded.sparks_30d,
			    last_move_on = excluded.last_move_on, releases_90d = excluded.releases_90d,
			    moves_365d = excluded.moves_365d, last_release_on = excluded.last_release_on,
			    median_release_gap_days = excluded.median_release_gap_days, formula_version = excluded.formula_version,
			    computed_for = excluded.computed_for, computed_at = excluded.computed_at
			""";

	/**
	 * Each product's place in its sector's ranking ({@link CatalogQueries#RANKING_KEY}),
	 * written only where it moved, so a write that changes no order rewrites no row.
	 * Retired products leave the ranking.
	 */
	private static final String RERANK = """
			update product_score target set sector_rank = r.rank, sector_size = r.size
			from (
			    select ps.product_id, p.sector_id,
			           case when p.retired_at is null then row_number() over (partition by p.sector_id, p.retired_at is null order by %1$s) end as rank,
			           case when p.retired_at is null then count(*) over (partition by p.sector_id, p.retired_at is null) end as size
			    from product_score ps join catalog_product p on p.id = ps.product_id
			    where %2$s
			) r
			where target.product_id = r.product_id
			  and (target.sector_rank is distinct from r.rank or target.sector_size is distinct from r.size)
			returning r.sector_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataVersion dataVersion;

	private final RankingProperties ranking;

	ScoreRecomputer(JdbcClient jdbc, Clock clock, DataVersion dataVersion, RankingProperties ranking) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dataVersion = dataVersion;
		this.ranking = ranking;
	}

	public void recompute(Collection<Long> productIds) {
		recompute(productIds, List.of());
	}

	/**
	 * Scores these products again and re-ranks their sectors and the sectors products
	 * joined or left: at once where that is cheap (a sector of at most
	 * {@link RankingProperties#atCommitUpTo()} products, or one whose membership
	 * changed), else by marking the sector due for {@link #rankDue()}.
	 */
	void recompute(Collection<Long> productIds, Collection<Long> changedSectors) {
		Long[] ids = productIds.toArray(Long[]::new);
		if (ids.length > 0) {
			// Bumping first waits for any other writer that bumped these products to
			// commit, so the computation below sees its activity too and never stores a
			// score that misses it.
			this.dataVersion.bump(DependencyKeys.product(ids[0]),
					Arrays.stream(ids).skip(1).map(DependencyKeys::product).toArray(String[]::new));
		}
		SortedSet<Long> now = new TreeSet<>(changedSectors);
		SortedSet<Long> later = new TreeSet<>();
		if (ids.length > 0) {
			for (SectorSize sector : this.jdbc.sql("""
					select p.sector_id, max(ps.sector_size) as size
					from catalog_product p left join product_score ps on ps.product_id = p.id
					where p.id = any(:ids) group by p.sector_id
					""")
				.param("ids", ids)
				.query((rs, row) -> new SectorSize(rs.getLong("sector_id"), rs.getObject("size", Integer.class)))
				.list()) {
				boolean large = sector.size() != null && sector.size() > this.ranking.atCommitUpTo();
				(large && !now.contains(sector.id()) ? later : now).add(sector.id());
			}
		}
		// The rankings are held before any score row is written: a re-rank rewrites other
		// products' score rows, so a writer holding one of them while it waited for the
		// sector would deadlock with the writer ranking it.
		List<Long> ranked = List.copyOf(now);
		this.dataVersion.lock(ranked.stream().map(DependencyKeys::sector).toList());
		if (ids.length > 0) {
			upsert("where p.id = any(:ids)").param("ids", ids).update();
		}
		if (!ranked.isEmpty()) {
			rerankLocked(ranked);
		}
		markDue(later);
	}

	/**
	 * Sectors whose scores changed since they were last ranked.
	 */
	@Transactional(readOnly = true)
	public List<Long> dueSectors() {
		return this.jdbc.sql("select sector_id from ranking_due order by sector_id").query(Long.class).list();
	}

	/**
	 * Ranks every sector marked due, in one statement (one read of the scores, where a
	 * statement per sector read them all once per sector); returns how many it ranked. A
	 * write that marks a sector again while this runs leaves it due, so a score this
	 * ranking could not see is ranked by the next one; a sector another instance ranked
	 * first is no longer due here.
	 */
	public int rankDue() {
		Map<Long, Long> due = new TreeMap<>();
		this.jdbc.sql("select sector_id, generation from ranking_due")
			.query((rs, row) -> due.put(rs.getLong("sector_id"), rs.getLong("generation")))
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		this.dataVersion.lock(due.keySet().stream().map(DependencyKeys::sector).toList());
		// Held now: what another instance ranked meanwhile is no longer due.
		Map<Long, Long> still = new TreeMap<>();
		this.jdbc.sql("select sector_id, generation from ranking_due where sector_id = any(:sectors)")
			.param("sectors", due.keySet().toArray(Long[]::new))
			.query((rs, row) -> still.put(rs.getLong("sector_id"), rs.getLong("generation")))
			.list();
		if (still.isEmpty()) {
			return 0;
		}
		rerankLocked(List.copyOf(still.keySet()));
		still.forEach(this::ranked);
		return still.size();
	}

	/**
	 * No longer due, unless a write marked the sector again since {@code generation} was
	 * read.
	 */
	private void ranked(long sector, long generation) {
		this.jdbc.sql("delete from ranking_due where sector_id = :sector and generation = :generation")
			.param("sector", sector)
			.param("generation", generation)
			.update();
	}

	/**
	 * The last step of a write: holds each due sector's row until commit, so the ranking
	 * that runs next either sees this transaction's scores or keeps the sector due.
	 */
	private void markDue(SortedSet<Long> sectors) {
		for (long sector : sectors) {
			this.jdbc.sql("""
					insert into ranking_due (sector_id) values (:sector)
					on conflict (sector_id) do update set generation = ranking_due.generation + 1
					""").param("sector", sector).update();
		}
	}

	/**
	 * Recomputes every product in one statement; returns how many were scored.
	 */
	@Transactional(timeout = 300)
	public int recomputeAll() {
		long started = System.nanoTime();
		// The formula's output for every product: a site-wide change.
		this.dataVersion.bump(DependencyKeys.SITE);
		List<Map<String, Object>> due = this.jdbc.sql("select sector_id, generation from ranking_due")
			.query()
			.listOfRows();
		int scored = upsert("").update();
		rerank("true").query(Long.class).list();
		due.forEach((row) -> ranked((Long) row.get("sector_id"), (Long) row.get("generation")));
		log.info("Recomputed velocity scores of {} products for {} in {} ms", scored, today(),
				(System.nanoTime() - started) / 1_000_000);
		return scored;
	}

	/**
	 * True when no score was computed for today yet (a fresh database, or the day rolled
	 * over).
	 */
	@Transactional(readOnly = true)
	public boolean isStale() {
		return this.jdbc.sql("""
				select exists (select 1 from catalog_product p
				               left join product_score s on s.product_id = p.id
				               where s.computed_for is distinct from :today or s.releases_90d is null)
				""").param("today", today()).query(Boolean.class).single();
	}

	/**
	 * Ranking a sector reads every score in it: one writer per sector at a time (the
	 * caller holds the sector's version, taken after the products' like every writer
	 * takes them), each after the previous one committed, so no rank is computed from
	 * stale scores. A sector's ranking version moves only when a rank or the sector's
	 * size actually changed (the statement returns the sectors whose rows it rewrote),
	 * not on every score change.
	 */
	private void rerankLocked(List<Long> sectors) {
		bumpSectors(rerank("p.sector_id = any(:sectors)").param("sectors", sectors.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	private void bumpSectors(List<Long> reranked) {
		List<String> keys = reranked.stream().distinct().map(DependencyKeys::sector).toList();
		if (!keys.isEmpty()) {
			this.dataVersion.bump(keys.get(0), keys.subList(1, keys.size()).toArray(String[]::new));
		}
	}

	private JdbcClient.StatementSpec rerank(String sectors) {
		return this.jdbc.sql(RERANK.formatted(CatalogQueries.RANKING_KEY, sectors));
	}

	private JdbcClient.StatementSpec upsert(String onlyThese) {
		LocalDate today = today();
		ActivityKind[] kinds = ActivityKind.values();
		return this.jdbc.sql(UPSERT.formatted(onlyThese))
			.param("kinds", Arrays.stream(kinds).map(ActivityKind::name).toArray(String[]::new))
			.param("weights", Arrays.stream(kinds).map(VelocityFormula::weight).toArray(Double[]::new))
			.param("halfLife", VelocityFormula.HALF_LIFE_DAYS)
			.param("releaseKinds", Cadence.RELEASE_KINDS.stream().map(ActivityKind::name).toArray(String[]::new))
			.param("cadenceDays", Cadence.RECENT_RELEASE_DAYS)
			.param("maxScore", VelocityFormula.MAX_SCORE)
			.param("horizon", today.minusDays(VelocityFormula.HORIZON_DAYS))
			.param("version", VelocityFormula.VERSION)
			.param("today", today)
			.param("now", Timestamp.from(this.clock.instant()));
	}

	private record SectorSize(long id, Integer size) {
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

}

package io.sparkpulse.ledger;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the editorial ledger: a product's predictions, sources and corrections for its
 * pages (one statement for any number of products), the predictions awaiting a grade, and
 * the site-wide record of grades and corrections.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

	private static final String PRODUCT = """
			pd.id as product_id, pd.name as product_name, pd.slug as product_slug, pd.retired_at is not null as retired,
			s.name as sector_name, s.slug as sector_slug""";

	private final JdbcClient jdbc;

	private final LedgerJson json;

	LedgerQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = new LedgerJson(json);
	}

	/**
	 * The ledger of each product, by id; a product without entries gets
	 * {@link ProductLedger#EMPTY}.
	 */
	public Map<Long, ProductLedger> forProducts(Collection<Long> productIds) {
		Map<Long, ProductLedger> ledgers = new HashMap<>();
		if (productIds.isEmpty()) {
			return ledgers;
		}
		this.jdbc
			.sql("""
					select p.id,
					  (select coalesce(json_agg(%s order by pr.made_at desc, pr.id desc), '[]'::json)
					   from prediction pr where pr.product_id = p.id) as predictions,
					  (select coalesce(json_agg(json_build_object('block', es.block, 'position', es.position, 'url', es.url,
					       'title', es.title, 'retrievedOn', es.retrieved_on) order by es.block, es.position), '[]'::json)
					   from editorial_source es
					   where es.product_id = p.id
					     and es.revision = (select max(r.revision) from editorial_trajectory r where r.product_id = p.id)) as sources,
					  (select coalesce(json_agg(%s order by c.corrected_at desc, c.id desc), '[]'::json)
					   from trajectory_correction c where c.product_id = p.id) as corrections
					from unnest(:ids) as p(id)
					"""
				.formatted(LedgerJson.PREDICTION, LedgerJson.CORRECTION))
			.param("ids", productIds.toArray(Long[]::new))
			.query((rs, row) -> ledgers.put(rs.getLong("id"),
					new ProductLedger(this.json.predictions(rs.getString("predictions")),
							this.json.sources(rs.getString("sources")),
							this.json.corrections(rs.getString("corrections")))))
			.list();
		productIds.forEach((id) -> ledgers.putIfAbsent(id, ProductLedger.EMPTY));
		return ledgers;
	}

	public Optional<LedgerEntry> prediction(long id) {
		return this.jdbc
			.sql("select " + LedgerJson.PREDICTION + " as prediction, " + PRODUCT
					+ """
							 from prediction pr join catalog_product pd on pd.id = pr.product_id join catalog_sector s on s.id = pd.sector_id
							where pr.id = :id""")
			.param("id", id)
			.query(this::entry)
			.optional();
	}

	/**
	 * Open predictions due on or before {@code day}, the longest overdue first.
	 */
	public List<LedgerEntry> dueBy(LocalDate day) {
		return openWhere("pr.due_on <= :day", day, "pr.due_on, pr.id");
	}

	/**
	 * The first {@code limit} open predictions due on or before {@code day}, the longest
	 * overdue first.
	 */
	public List<LedgerEntry> dueBy(LocalDate day, int limit) {
		return openWhere("pr.due_on <= :day", day, "pr.due_on, pr.id limit " + limit);
	}

	/**
	 * Open predictions due after {@code day}, the soonest first.
	 */
	public List<LedgerEntry> openAfter(LocalDate day, int limit) {
		return openWhere("pr.due_on > :day", day, "pr.due_on, pr.id limit " + limit);
	}

	public int dueCount(LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from prediction pr
				join catalog_product pd on pd.id = pr.product_id and pd.retired_at is null
				where pr.due_on <= :day and not exists (select 1 from prediction_grade g where g.prediction_id = pr.id)
				""").param("day", Date.valueOf(day)).query(Integer.class).single();
	}

	/**
	 * How many predictions of live products await a grade: all of them, and those past
	 * their due date.
	 */
	public OpenCounts openCounts(LocalDate today) {
		return this.jdbc.sql("""
				select count(*) as open, count(*) filter (where pr.due_on < :day) as overdue from prediction pr
				join catalog_product pd on pd.id = pr.product_id and pd.retired_at is null
				where not exists (select 1 from prediction_grade g where g.prediction_id = pr.id)
				""")
			.param("day", Date.valueOf(today))
			.query((rs, row) -> new OpenCounts(rs.getInt("open"), rs.getInt("overdue")))
			.single();
	}

	public record OpenCounts(int open, int overdue) {
	}

	/**
	 * Every graded prediction, whatever became of its product, the most recently graded
	 * first.
	 */
	public List<LedgerEntry> graded() {
		return this.jdbc
			.sql("select " + LedgerJson.PREDICTION + " as prediction, " + PRODUCT
					+ """
							 from prediction pr join catalog_product pd on pd.id = pr.product_id join catalog_sector s on s.id = pd.sector_id
							cross join lateral (select g.graded_on, g.id from prediction_grade g where g.prediction_id = pr.id
							                    order by g.sequence desc limit 1) latest
							order by latest.graded_on desc, latest.id desc""")
			.query(this::entry)
			.list();
	}

	/**
	 * Every correction, newest first.
	 */
	public List<CorrectionEntry> corrections() {
		return this.jdbc
			.sql("select " + LedgerJson.CORRECTION + " as correction, " + PRODUCT
					+ """
							 from trajectory_correction c join catalog_product pd on pd.id = c.product_id join catalog_sector s on s.id = pd.sector_id
							order by c.corrected_at desc, c.id desc""")
			.query((rs, row) -> new CorrectionEntry(this.json.correction(rs.getString("correction")), product(rs)))
			.list();
	}

	private List<LedgerEntry> openWhere(String condition, LocalDate day, String order) {
		return this.jdbc.sql("select " + LedgerJson.PREDICTION + " as prediction, " + PRODUCT
				+ " from prediction pr join catalog_product pd on pd.id = pr.product_id and pd.retired_at is null"
				+ " join catalog_sector s on s.id = pd.sector_id where " + condition
				+ " and not exists (select 1 from prediction_grade g where g.prediction_id = pr.id) order by " + order)
			.param("day", Date.valueOf(day))
			.query(this::entry)
			.list();
	}

	private LedgerEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new LedgerEntry(this.json.prediction(rs.getString("prediction")), product(rs));
	}

	private static LedgerProduct product(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new LedgerProduct(rs.getLong("product_id"), rs.getString("product_name"), rs.getString("product_slug"),
				rs.getBoolean("retired"), rs.getString("sector_name"), rs.getString("sector_slug"));
	}

	/**
	 * A prediction with the product it is about.
	 */
	public record LedgerEntry(PredictionRecord prediction, LedgerProduct product) {
	}

	public record CorrectionEntry(CorrectionRecord correction, LedgerProduct product) {
	}

	/**
	 * The product a ledger entry is about; a retired product keeps its entries but has no
	 * page to link to.
	 */
	public record LedgerProduct(long id, String name, String slug, boolean retired, String sectorName,
			String sectorSlug) {
	}

}

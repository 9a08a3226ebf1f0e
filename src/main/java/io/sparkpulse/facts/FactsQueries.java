package io.sparkpulse.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads products' facts, several at a time by primary key.
 */
@Service
@Transactional(readOnly = true)
public class FactsQueries {

	static final String COLUMNS = "f.product_id, " + FactsQueries.FACT_COLUMNS;

	private static final String FACT_COLUMNS = """
			f.category, f.licence, f.licence_source, f.licence_checked_on,
			f.hosting, f.hosting_source, f.hosting_checked_on, f.platforms, f.platforms_source, f.platforms_checked_on,
			f.language, f.language_source, f.language_checked_on, f.pricing, f.pricing_source, f.pricing_checked_on,
			f.first_release, f.first_release_source, f.first_release_checked_on,
			f.adoption_count, f.adoption_measure, f.adoption_source, f.adoption_checked_on,
			coalesce(f.version, 0) as version""";

	private final JdbcClient jdbc;

	FactsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The facts of each of these products; a product nobody described yet gets
	 * {@link ProductFacts#none(long)}.
	 */
	public Map<Long, ProductFacts> of(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ProductFacts> found = this.jdbc
			.sql("select " + COLUMNS + " from product_facts f where f.product_id = any(:ids)")
			.param("ids", productIds.toArray(Long[]::new))
			.query(FactsQueries::facts)
			.list()
			.stream()
			.collect(Collectors.toMap(ProductFacts::productId, Function.identity()));
		return productIds.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (id) -> found.getOrDefault(id, ProductFacts.none(id))));
	}

	public ProductFacts of(long productId) {
		return of(List.of(productId)).get(productId);
	}

	/**
	 * Every category in use, for editors to pick from (so that "Matrix homeserver" is not
	 * also entered as "matrix server").
	 */
	public List<String> categories() {
		return this.jdbc.sql("select distinct category from product_facts where category is not null order by 1")
			.query(String.class)
			.list();
	}

	static ProductFacts facts(ResultSet rs, int row) throws SQLException {
		String licence = rs.getString("licence");
		String hosting = rs.getString("hosting");
		String platforms = rs.getString("platforms");
		String pricing = rs.getString("pricing");
		int firstRelease = rs.getInt("first_release");
		boolean hasFirstRelease = !rs.wasNull();
		long adoption = rs.getLong("adoption_count");
		boolean hasAdoption = !rs.wasNull();
		return new ProductFacts(rs.getLong("product_id"), rs.getString("category"),
				Sourced.of((licence != null) ? new Licence(licence) : null, rs.getString("licence_source"),
						date(rs, "licence_checked_on")),
				Sourced.of((hosting != null) ? Hosting.valueOf(hosting) : null, rs.getString("hosting_source"),
						date(rs, "hosting_checked_on")),
				Sourced.of((platforms != null) ? platforms(platforms) : null, rs.getString("platforms_source"),
						date(rs, "platforms_checked_on")),
				Sourced.of(rs.getString("language"), rs.getString("language_source"), date(rs, "language_checked_on")),
				Sourced.of((pricing != null) ? Pricing.valueOf(pricing) : null, rs.getString("pricing_source"),
						date(rs, "pricing_checked_on")),
				Sourced.of(hasFirstRelease ? firstRelease : null, rs.getString("first_release_source"),
						date(rs, "first_release_checked_on")),
				Sourced.of(hasAdoption ? new Adoption(adoption, rs.getString("adoption_measure")) : null,
						rs.getString("adoption_source"), date(rs, "adoption_checked_on")),
				rs.getLong("version"));
	}

	/**
	 * Platforms are stored as one comma-separated list, in the order editors gave them.
	 */
	static List<String> platforms(String stored) {
		return Arrays.stream(stored.split(",")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}

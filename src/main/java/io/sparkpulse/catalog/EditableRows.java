package io.sparkpulse.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads products, sectors and themes as editors edit them (retired products included,
 * with versions); shared by the queries and by the commands, which read them again under
 * a row lock.
 */
final class EditableRows {

	private static final String PRODUCT = """
			select p.id, p.slug, p.name, p.sector_id, p.headline, p.summary, p.website_url, p.repository_url,
			       p.retired_at, p.draft, p.version,
			       array(select t.slug from product_theme pt join theme t on t.id = pt.theme_id
			             where pt.product_id = p.id order by pt.rank) as themes
			from product p
			""";

	private static final String SECTOR = "select id, slug, name, description, version from sector";

	private static final String THEME = """
			select t.id, t.slug, t.name, t.version,
			       (select count(*) from product_theme pt where pt.theme_id = t.id) as products
			from theme t
			""";

	private EditableRows() {
	}

	static Optional<EditableProduct> product(JdbcClient jdbc, long id) {
		return jdbc.sql(PRODUCT + " where p.id = :id").param("id", id).query(EditableRows::product).optional();
	}

	static List<EditableSector> sectors(JdbcClient jdbc) {
		return jdbc.sql(SECTOR + " order by lower(name)").query(EditableRows::sector).list();
	}

	static Optional<EditableSector> sector(JdbcClient jdbc, long id) {
		return jdbc.sql(SECTOR + " where id = :id").param("id", id).query(EditableRows::sector).optional();
	}

	static List<EditableTheme> themes(JdbcClient jdbc) {
		return jdbc.sql(THEME + " order by t.slug").query(EditableRows::theme).list();
	}

	static Optional<EditableTheme> theme(JdbcClient jdbc, long id) {
		return jdbc.sql(THEME + " where t.id = :id").param("id", id).query(EditableRows::theme).optional();
	}

	private static EditableProduct product(ResultSet rs, int row) throws SQLException {
		OffsetDateTime retiredAt = rs.getObject("retired_at", OffsetDateTime.class);
		return new EditableProduct(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getLong("sector_id"), rs.getString("headline"), rs.getString("summary"), rs.getString("website_url"),
				rs.getString("repository_url"), CatalogQueries.strings(rs.getArray("themes")),
				(retiredAt != null) ? retiredAt.toInstant() : null, rs.getBoolean("draft"), rs.getLong("version"));
	}

	private static EditableSector sector(ResultSet rs, int row) throws SQLException {
		return new EditableSector(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("description"), rs.getLong("version"));
	}

	private static EditableTheme theme(ResultSet rs, int row) throws SQLException {
		return new EditableTheme(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getInt("products"),
				rs.getLong("version"));
	}

}

package io.sparkpulse.admin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.sparkpulse.products.Pagination;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first, with each entry's before/after turned into the
 * fields it changed.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	public static final int PAGE_SIZE = 30;

	private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Entries about accounts (e-mail addresses, roles) are for admins' eyes only. */
	static final String ACCOUNT = "account";

	/**
	 * A page of entries, all or those about one product (by slug; none for an unknown
	 * one), as the reader may see them.
	 */
	public AuditPage page(String productSlug, int page, AuditReader reader) {
		String where = (productSlug != null) ? " where a.product_id = (select id from product where slug = :product)"
				: reader.seesAccounts() ? "" : " where a.entity_type <> '" + ACCOUNT + "'";
		var count = this.jdbc.sql("select count(*) from audit_entry a" + where);
		var rows = this.jdbc.sql("""
				select a.id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id, a.summary,
				       a.before_state, a.after_state, p.slug as product_slug, p.name as product_name
				from audit_entry a left join product p on p.id = a.product_id
				%s
				order by a.occurred_at desc, a.id desc
				offset :offset limit :limit
				""".formatted(where)).param("offset", (Math.max(page, 1) - 1) * PAGE_SIZE).param("limit", PAGE_SIZE);
		if (productSlug != null) {
			count = count.param("product", productSlug);
			rows = rows.param("product", productSlug);
		}
		Pagination pagination = Pagination.of(page, PAGE_SIZE, count.query(Integer.class).single());
		return new AuditPage(pagination.contains(page) ? rows.query(this::entry).list() : List.of(), pagination,
				productSlug);
	}

	public List<AuditEntryView> latest(int limit, AuditReader reader) {
		return this.jdbc.sql("""
				select a.id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id, a.summary,
				       a.before_state, a.after_state, p.slug as product_slug, p.name as product_name
				from audit_entry a left join product p on p.id = a.product_id
				where a.entity_type <> :hidden
				order by a.occurred_at desc, a.id desc limit :limit
				""")
			.param("hidden", reader.seesAccounts() ? "" : ACCOUNT)
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	/**
	 * Who last changed an entity and when, to tell an editor whose save collided with
	 * whose.
	 */
	public Optional<LastChange> lastChangeOf(String entityType, long entityId) {
		return this.jdbc.sql("""
				select actor, occurred_at from audit_entry where entity_type = :type and entity_id = :id
				order by occurred_at desc, id desc limit 1
				""")
			.param("type", entityType)
			.param("id", entityId)
			.query((rs, row) -> new LastChange(rs.getString("actor"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * Who made the latest change to an entity, and when.
	 */
	public record LastChange(String actor, Instant at) {
	}

	private AuditEntryView entry(ResultSet rs, int row) throws SQLException {
		long entityId = rs.getLong("entity_id");
		return new AuditEntryView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
				rs.wasNull() ? null : entityId, rs.getString("product_slug"), rs.getString("product_name"),
				rs.getString("summary"), changes(rs.getString("before_state"), rs.getString("after_state")));
	}

	List<AuditEntryView.FieldChange> changes(String beforeJson, String afterJson) {
		Map<String, Object> before = fields(beforeJson);
		Map<String, Object> after = fields(afterJson);
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		List<AuditEntryView.FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			Object was = before.get(name);
			Object is = after.get(name);
			if (beforeJson == null || afterJson == null || !Objects.equals(was, is)) {
				changes.add(new AuditEntryView.FieldChange(name, (beforeJson != null) ? text(was) : null,
						(afterJson != null) ? text(is) : null));
			}
		}
		return changes;
	}

	private Map<String, Object> fields(String json) {
		return (json != null) ? this.json.readValue(json, FIELDS) : Map.of();
	}

	private static String text(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

}

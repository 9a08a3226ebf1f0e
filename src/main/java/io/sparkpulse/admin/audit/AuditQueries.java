package io.sparkpulse.admin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.sparkpulse.web.Pagination;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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
	 * A page of the entries the filter lets through, as the reader may see them.
	 */
	public AuditPage page(AuditFilter filter, int page, AuditReader reader) {
		String where = """
				where (:product = '' or p.name ilike :productPattern or p.slug ilike :productPattern)
				  and (:person = '' or a.actor ilike :personPattern)
				  and (:action = '' or a.action = :action)
				  and (cast(:fromDay as date) is null or a.occurred_at >= cast(:fromDay as date) at time zone 'UTC')
				  and (cast(:toDay as date) is null or a.occurred_at < (cast(:toDay as date) + 1) at time zone 'UTC')
				  and (:accounts or a.entity_type <> '%s')
				""".formatted(ACCOUNT);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("product", filter.product())
			.addValue("productPattern", pattern(filter.product()))
			.addValue("person", filter.person())
			.addValue("personPattern", pattern(filter.person()))
			.addValue("action", filter.action())
			.addValue("fromDay", filter.from(), Types.DATE)
			.addValue("toDay", filter.to(), Types.DATE)
			.addValue("accounts", reader.seesAccounts());
		int total = this.jdbc
			.sql("select count(*) from audit_entry a left join catalog_product p on p.id = a.product_id " + where)
			.paramSource(params)
			.query(Integer.class)
			.single();
		Pagination pagination = Pagination.of(page, PAGE_SIZE, total);
		List<AuditEntryView> entries = List.of();
		if (pagination.contains(page)) {
			Map<String, String> sectors = sectorNames();
			entries = this.jdbc.sql("""
					select a.id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id, a.summary,
					       a.before_state, a.after_state, p.slug as product_slug, p.name as product_name
					from audit_entry a left join catalog_product p on p.id = a.product_id
					%s
					order by a.occurred_at desc, a.id desc
					offset :offset limit :limit
					""".formatted(where))
				.paramSource(
						params.addValue("offset", (Math.max(page, 1) - 1) * PAGE_SIZE).addValue("limit", PAGE_SIZE))
				.query((rs, row) -> labelled(entry(rs, row), sectors))
				.list();
		}
		return new AuditPage(entries, pagination, filter, actions(reader));
	}

	/**
	 * Every kind of change the log holds that the reader may see, for the filter.
	 */
	private List<AuditPage.Kind> actions(AuditReader reader) {
		return this.jdbc
			.sql("select distinct action from audit_entry where :accounts or entity_type <> :account"
					+ " order by action")
			.param("accounts", reader.seesAccounts())
			.param("account", ACCOUNT)
			.query(String.class)
			.list()
			.stream()
			.map((action) -> new AuditPage.Kind(action, AuditLabels.action(action)))
			.toList();
	}

	private Map<String, String> sectorNames() {
		Map<String, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from catalog_sector")
			.query((rs, row) -> names.put(String.valueOf(rs.getLong("id")), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * The entry with its fields and values in words: a sector by its name, constants as
	 * words.
	 */
	private static AuditEntryView labelled(AuditEntryView entry, Map<String, String> sectors) {
		List<AuditEntryView.FieldChange> changes = entry.changes().stream().map((change) -> {
			boolean sector = change.field().equals("sectorId");
			return new AuditEntryView.FieldChange(AuditLabels.field(change.field()),
					sector ? sectors.getOrDefault(change.before(), change.before())
							: AuditLabels.value(change.before()),
					sector ? sectors.getOrDefault(change.after(), change.after()) : AuditLabels.value(change.after()));
		}).toList();
		return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
				entry.entityId(), entry.productSlug(), entry.productName(), entry.summary(), changes);
	}

	private static String pattern(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public List<AuditEntryView> latest(int limit, AuditReader reader) {
		return this.jdbc.sql("""
				select a.id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id, a.summary,
				       a.before_state, a.after_state, p.slug as product_slug, p.name as product_name
				from audit_entry a left join catalog_product p on p.id = a.product_id
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

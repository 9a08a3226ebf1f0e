package io.sparkpulse.admin.audit;

import java.sql.Timestamp;
import java.time.Clock;

import io.sparkpulse.admin.Actor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Runs inside the change's own transaction, so an entry exists
 * exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, AuditEvent event) {
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor_id, actor, action, entity_type, entity_id, product_id,
				                         summary, before_state, after_state)
				values (:at, :actorId, :actor, :action, :type, :entityId, :productId, :summary, :before, :after)
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actorId", actor.id())
			.param("actor", actor.name())
			.param("action", event.action())
			.param("type", event.entityType())
			.param("entityId", event.entityId())
			.param("productId", event.productId())
			.param("summary", abbreviate(event.summary()))
			.param("before", toJson(event.before()))
			.param("after", toJson(event.after()))
			.update();
	}

	private String toJson(Object state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private static String abbreviate(String summary) {
		return (summary.length() <= 300) ? summary : summary.substring(0, 299) + "…";
	}

}

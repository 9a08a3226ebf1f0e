package io.sparkpulse.admin.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Says who saved an entity last, for a conflict message ("Ada Lovelace, 15 Jun 2026 11:58
 * UTC").
 */
@Component
public class SavedBy {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final AuditQueries audit;

	SavedBy(AuditQueries audit) {
		this.audit = audit;
	}

	public String of(String entityType, long entityId) {
		return this.audit.lastChangeOf(entityType, entityId)
			.map((change) -> change.actor() + ", " + WHEN.format(change.at()))
			.orElse("another editor");
	}

}

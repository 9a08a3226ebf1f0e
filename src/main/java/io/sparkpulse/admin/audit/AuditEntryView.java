package io.sparkpulse.admin.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One audit entry as the log page shows it.
 *
 * @param productSlug the product it concerns, or {@code null}
 * @param changes the fields whose value differs between before and after (all fields of a
 * creation or deletion)
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String entityType, Long entityId,
		String productSlug, String productName, String summary, List<FieldChange> changes) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter EXACT = DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public String when() {
		return WHEN.format(this.occurredAt);
	}

	/** To the second, for the tooltip. */
	public String exact() {
		return EXACT.format(this.occurredAt);
	}

	public String kind() {
		return AuditLabels.action(this.action);
	}

	/**
	 * One field of an entry; a value is {@code null} where the entity did not exist.
	 */
	public record FieldChange(String field, String before, String after) {
	}

}

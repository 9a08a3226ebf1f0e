package io.sparkpulse.admin.audit;

/**
 * One change to record: what was done to which entity (and which product it concerns, if
 * any), in a sentence, with the entity's state before and after (any record; {@code null}
 * when it did not exist).
 */
public record AuditEvent(String action, String entityType, Long entityId, Long productId, String summary, Object before,
		Object after) {

	public static AuditEvent of(String action, String entityType, long entityId, String summary, Object before,
			Object after) {
		return new AuditEvent(action, entityType, entityId, null, summary, before, after);
	}

	public AuditEvent aboutProduct(long productId) {
		return new AuditEvent(this.action, this.entityType, this.entityId, productId, this.summary, this.before,
				this.after);
	}

}

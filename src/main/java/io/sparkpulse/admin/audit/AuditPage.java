package io.sparkpulse.admin.audit;

import java.util.List;

import io.sparkpulse.web.Pagination;

/**
 * One page of the audit log, as filtered.
 *
 * @param kinds every kind of change in the log, for the filter
 */
public record AuditPage(List<AuditEntryView> entries, Pagination pagination, AuditFilter filter, List<Kind> kinds) {

	/**
	 * A kind of change: the stored action and its words.
	 */
	public record Kind(String action, String label) {
	}

}

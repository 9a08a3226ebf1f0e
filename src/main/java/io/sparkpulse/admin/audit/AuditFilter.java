package io.sparkpulse.admin.audit;

import java.time.LocalDate;

/**
 * What the audit log shows: entries whose product's name or slug contains
 * {@code product}, whose author's name contains {@code person} (both ignoring case), of
 * one kind of change ({@code action}, exact), on days from {@code from} to {@code to}
 * (both included, UTC). Empty text and {@code null} mean no filter.
 */
public record AuditFilter(String product, String person, String action, LocalDate from, LocalDate to) {

	public AuditFilter {
		product = clean(product);
		person = clean(person);
		action = clean(action);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	public boolean isEmpty() {
		return this.product.isEmpty() && this.person.isEmpty() && this.action.isEmpty() && this.from == null
				&& this.to == null;
	}

	private static String clean(String text) {
		return (text != null) ? text.strip() : "";
	}

}

package io.sparkpulse.admin.audit;

import java.util.List;

import io.sparkpulse.products.Pagination;

/**
 * One page of the audit log, optionally for one product.
 *
 * @param product the product slug it is filtered by, or {@code null}
 */
public record AuditPage(List<AuditEntryView> entries, Pagination pagination, String product) {
}

package io.sparkpulse.catalog;

/**
 * What the editors' product list shows: a name or slug search (may be empty), one sector
 * or all ({@code null}), a status, and an order.
 */
public record ProductFilter(String search, Long sectorId, Status status, Sort sort) {

	public ProductFilter {
		search = (search != null) ? search.strip() : "";
		status = (status != null) ? status : Status.ALL;
		sort = (sort != null) ? sort : Sort.NAME;
	}

	/**
	 * Which products, by what readers see of them.
	 */
	public enum Status {

		ALL("Any status"), PUBLISHED("Published"), DRAFT("Draft"), RETIRED("Retired");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * The list's order; ties always fall back to the name, so pages never overlap.
	 */
	public enum Sort {

		NAME("Name", "lower(p.name), p.id"),
		SCORE("Score, highest first", "ps.score desc nulls last, lower(p.name), p.id"),
		UPDATED("Last update, newest first", "p.updated_at desc, lower(p.name), p.id");

		private final String label;

		private final String orderBy;

		Sort(String label, String orderBy) {
			this.label = label;
			this.orderBy = orderBy;
		}

		public String label() {
			return this.label;
		}

		String orderBy() {
			return this.orderBy;
		}

	}

}

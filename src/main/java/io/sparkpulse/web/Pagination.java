package io.sparkpulse.web;

/**
 * Where a page of a long list sits among the others (pages count from 1).
 */
public record Pagination(int page, int totalPages, int totalItems) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

	public static Pagination of(int page, int pageSize, int totalItems) {
		return new Pagination(page, Math.max(1, (totalItems + pageSize - 1) / pageSize), totalItems);
	}

	public boolean contains(int requested) {
		return requested >= 1 && requested <= this.totalPages;
	}

}

package io.sparkpulse.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class RankedTheme {

	@Column(name = "theme_id", nullable = false)
	private long themeId;

	@Column(name = "rank", nullable = false)
	private short rank;

	protected RankedTheme() {
	}

	RankedTheme(long themeId, short rank) {
		this.themeId = themeId;
		this.rank = rank;
	}

}

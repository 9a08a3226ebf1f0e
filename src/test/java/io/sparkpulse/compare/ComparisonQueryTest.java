package io.sparkpulse.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonQueryTest {

	@Test
	void readsTheWaysPeopleAskForAComparison() {
		assertThat(ComparisonQuery.names("session vs synapse")).contains(List.of("session", "synapse"));
		assertThat(ComparisonQuery.names("Session VS. Synapse")).contains(List.of("Session", "Synapse"));
		assertThat(ComparisonQuery.names("session versus synapse")).contains(List.of("session", "synapse"));
		assertThat(ComparisonQuery.names("session or synapse")).contains(List.of("session", "synapse"));
		assertThat(ComparisonQuery.names("signal, session and synapse"))
			.contains(List.of("signal", "session", "synapse"));
		assertThat(ComparisonQuery.names("signal, session, and synapse"))
			.contains(List.of("signal", "session", "synapse"));
		assertThat(ComparisonQuery.names("grafana loki vs rocket chat"))
			.contains(List.of("grafana loki", "rocket chat"));
	}

	@Test
	void leavesOrdinarySearchesAlone() {
		assertThat(ComparisonQuery.names("synapse")).isEmpty();
		assertThat(ComparisonQuery.names("\"session vs synapse\"")).isEmpty();
		assertThat(ComparisonQuery.names("browser -chromium or firefox")).isEmpty();
		assertThat(ComparisonQuery.names("vs synapse")).isEmpty();
		assertThat(ComparisonQuery.names("a vs b vs c vs d vs e")).isEmpty();
		assertThat(ComparisonQuery.names("")).isEmpty();
	}

}

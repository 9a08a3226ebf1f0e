package io.sparkpulse.admin.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLabelsTest {

	@Test
	void fieldNamesValuesAndKindsOfChangeReadAsWords() {
		assertThat(AuditLabels.field("sectorId")).isEqualTo("Sector");
		assertThat(AuditLabels.field("contentChangedAt")).isEqualTo("Content changed at");
		assertThat(AuditLabels.value("RELEASES")).isEqualTo("Releases");
		assertThat(AuditLabels.value("SECURITY_RELEASE")).isEqualTo("Security release");
		assertThat(AuditLabels.value("true")).isEqualTo("Yes");
		assertThat(AuditLabels.value("Synapse 1.130")).isEqualTo("Synapse 1.130");
		assertThat(AuditLabels.value("A")).isEqualTo("A");
		assertThat(AuditLabels.action("feed_source.update")).isEqualTo("Feed source: update");
		assertThat(AuditLabels.action("product.retire")).isEqualTo("Product: retire");
	}

}

package io.sparkpulse.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LicenceTest {

	@Test
	void openSourceIsDerivedFromTheSpdxIdentifiers() {
		assertThat(new Licence("AGPL-3.0-only").openSource()).isTrue();
		assertThat(new Licence("MIT OR Apache-2.0").openSource()).isTrue();
		assertThat(new Licence("SSPL-1.0").openSource()).isFalse();
		assertThat(new Licence("BUSL-1.1").openSource()).isFalse();
		assertThat(new Licence(Licence.PROPRIETARY).openSource()).isFalse();
		assertThat(new Licence("GPL-2.0-only WITH Classpath-exception-2.0").openSource()).isTrue();
		assertThat(new Licence("MIT AND SSPL-1.0").openSource()).isFalse();
	}

	@Test
	void aChoiceThatIncludesAnOpenLicenceIsOpenSourceAndTakesThatLicencesFamily() {
		Licence redis = new Licence("LicenseRef-RSALv2 OR SSPL-1.0 OR AGPL-3.0-only");
		assertThat(redis.openSource()).isTrue();
		assertThat(redis.family()).isEqualTo(Licence.Family.STRONG_COPYLEFT);
	}

	@Test
	void familiesGroupLicencesThatReadersTreatAlike() {
		assertThat(new Licence("GPL-3.0-only").family()).isEqualTo(Licence.Family.STRONG_COPYLEFT);
		assertThat(new Licence("MPL-2.0").family()).isEqualTo(Licence.Family.WEAK_COPYLEFT);
		assertThat(new Licence("BSD-3-Clause").family()).isEqualTo(Licence.Family.PERMISSIVE);
		assertThat(new Licence("FSL-1.1-ALv2").family()).isEqualTo(Licence.Family.SOURCE_AVAILABLE);
		assertThat(new Licence(Licence.PROPRIETARY).family()).isEqualTo(Licence.Family.PROPRIETARY);
		assertThat(new Licence(Licence.PROPRIETARY).label()).isEqualTo("Proprietary");
	}

	@Test
	void onlySpdxShapedTextIsAccepted() {
		assertThat(Licence.isWellFormed("Apache-2.0")).isTrue();
		assertThat(Licence.isWellFormed("MIT OR Apache-2.0")).isTrue();
		assertThat(Licence.isWellFormed("GPL v3")).isFalse();
		assertThat(Licence.isWellFormed("<script>")).isFalse();
		assertThat(Licence.isWellFormed("MIT or Apache-2.0")).isFalse();
	}

}

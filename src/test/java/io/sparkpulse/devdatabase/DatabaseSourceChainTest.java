package io.sparkpulse.devdatabase;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSourceChainTest {

	@Test
	void aConfiguredDatasourceIsUsedWithoutProbingAnything() {
		FakeMachine machine = new FakeMachine(true, true, false);
		assertThat(DatabaseSourceChain.choose(true, machine)).isEqualTo(DatabaseSource.CONFIGURED);
		assertThat(machine.asked).isEmpty();
	}

	@Test
	void aLocalPostgresWinsOverDockerAndIsTheOnlyProbe() {
		FakeMachine machine = new FakeMachine(true, true, false);
		assertThat(DatabaseSourceChain.choose(false, machine)).isEqualTo(DatabaseSource.LOCAL);
		assertThat(machine.asked).containsExactly("local");
	}

	@Test
	void dockerIsUsedWhenNoLocalPostgresAnswers() {
		FakeMachine machine = new FakeMachine(false, true, false);
		assertThat(DatabaseSourceChain.choose(false, machine)).isEqualTo(DatabaseSource.DOCKER_COMPOSE);
		assertThat(machine.asked).containsExactly("local", "docker");
	}

	@Test
	void dockerWinsOverTheEmbeddedServerEvenForRoot() {
		assertThat(DatabaseSourceChain.choose(false, new FakeMachine(false, true, true)))
			.isEqualTo(DatabaseSource.DOCKER_COMPOSE);
	}

	@Test
	void aUserOtherThanRootWithNeitherGetsTheEmbeddedServer() {
		FakeMachine machine = new FakeMachine(false, false, false);
		assertThat(DatabaseSourceChain.choose(false, machine)).isEqualTo(DatabaseSource.EMBEDDED);
		assertThat(machine.asked).containsExactly("local", "docker", "root");
	}

	@Test
	void rootWithNeitherGetsNoDatabase() {
		assertThat(DatabaseSourceChain.choose(false, new FakeMachine(false, false, true)))
			.isEqualTo(DatabaseSource.NONE);
	}

	static final class FakeMachine implements DatabaseSourceChain.Machine {

		final List<String> asked = new ArrayList<>();

		private final boolean local;

		private final boolean docker;

		private final boolean root;

		FakeMachine(boolean local, boolean docker, boolean root) {
			this.local = local;
			this.docker = docker;
			this.root = root;
		}

		@Override
		public boolean localPostgresAnswers() {
			this.asked.add("local");
			return this.local;
		}

		@Override
		public boolean dockerEngineAnswers() {
			this.asked.add("docker");
			return this.docker;
		}

		@Override
		public boolean runningAsRoot() {
			this.asked.add("root");
			return this.root;
		}

	}

}

package io.sparkpulse.admin.security;

import io.sparkpulse.support.FixedClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that overlap each read the session, add the same attribute
 * and save: the second save must not fail on the attribute the first one inserted.
 */
@SpringBootTest
@Import(FixedClock.class)
class OverlappingRequestsOfOneSessionTest {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeBothSaveAndTheLaterWins() {
		overlap(this.sessions);
	}

	private static <S extends Session> void overlap(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("signed-in", "editor");
		sessions.save(session);

		S firstTab = sessions.findById(session.getId());
		S secondTab = sessions.findById(session.getId());
		firstTab.setAttribute("flash", "saved by the first tab");
		secondTab.setAttribute("flash", "saved by the second tab");
		sessions.save(firstTab);
		sessions.save(secondTab);

		S after = sessions.findById(session.getId());
		assertThat((String) after.getAttribute("flash")).isEqualTo("saved by the second tab");
		assertThat((String) after.getAttribute("signed-in")).isEqualTo("editor");
		sessions.deleteById(session.getId());
	}

}

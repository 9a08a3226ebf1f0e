package io.sparkpulse.compare;

import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import io.sparkpulse.web.fragments.ProductFragments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A compare page reuses what other pages already rendered of its products ("what is",
 * editorial block, activity rows, card heads), and a page built from reused parts is byte
 * for byte the page rendered from nothing.
 */
@PageTest
class CompareFragmentsReuseTest {

	private static final String PAGE = "/compare/session-vs-synapse";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductFragments fragments;

	@Autowired
	StatementCounter statements;

	@BeforeEach
	void nothingRenderedYet() {
		this.fragments.forgetAll();
	}

	@Test
	void aPageRenderedAgainRendersNoFragmentAgain() throws Exception {
		String first = html(PAGE);
		long rendered = this.fragments.renders();
		String second = html(PAGE);
		assertThat(this.fragments.renders()).isEqualTo(rendered);
		assertThat(second).isEqualTo(first);
	}

	@Test
	void aFirstRenderWithItsProductsAlreadyShownElsewhereReusesTheirPartsAndIsTheSamePage() throws Exception {
		long before = this.fragments.renders();
		this.statements.reset();
		String cold = html(PAGE);
		int coldStatements = this.statements.count();
		long coldRenders = this.fragments.renders() - before;

		this.fragments.forgetAll();
		html("/compare/element-vs-session");
		html("/compare/element-vs-synapse");
		before = this.fragments.renders();
		this.statements.reset();
		String warm = html(PAGE);
		long warmRenders = this.fragments.renders() - before;

		assertThat(warm).isEqualTo(cold);
		assertThat(warmRenders).as("fragments rendered for the page, of %d cold", coldRenders)
			.isLessThan(coldRenders / 2);
		assertThat(this.statements.count()).as("the page's look-ups are its own").isEqualTo(coldStatements);
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}

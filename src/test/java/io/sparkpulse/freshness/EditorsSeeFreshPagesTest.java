package io.sparkpulse.freshness;

import io.sparkpulse.support.PageTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in editor's browser (it sends the admin session cookie) is never answered from
 * the page cache nor told it may keep a page, so what an editor views is what is saved.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
class EditorsSeeFreshPagesTest {

	private static final Cookie EDITOR = new Cookie("SESSION", "an-editors-session");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anEditorsPublicPageIsRenderedAfreshAndMayNotBeKeptByAnyone() throws Exception {
		String etag = this.mvc.perform(get("/products/synapse"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.startsWith("public")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		var editors = this.mvc.perform(get("/products/synapse").cookie(EDITOR).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andExpect(header().doesNotExist("ETag"))
			.andReturn();
		assertThat(editors.getModelAndView()).as("rendered by the controller, not replayed").isNotNull();
	}

	@Test
	void aRetiredPageAnEditorSawIsNotKeptSoRestoringItShowsThePageAgain() throws Exception {
		long id = this.jdbc.sql("select id from product where slug = 'synapse'").query(Long.class).single();
		try {
			setRetired(id, true);
			this.mvc.perform(get("/products/synapse").cookie(EDITOR))
				.andExpect(status().isGone())
				.andExpect(header().string("Cache-Control", "private, no-store"));
		}
		finally {
			setRetired(id, false);
		}
		this.mvc.perform(get("/products/synapse").cookie(EDITOR)).andExpect(status().isOk());
	}

	private void setRetired(long id, boolean retired) {
		this.transactions.executeWithoutResult((tx) -> this.jdbc
			.sql("update product set retired_at = " + (retired ? "now()" : "null") + " where id = :id")
			.param("id", id)
			.update());
	}

}

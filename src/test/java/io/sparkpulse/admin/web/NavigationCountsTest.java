package io.sparkpulse.admin.web;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.admin.feeds.ReviewEditing;
import io.sparkpulse.admin.predictions.PredictionEditing;
import io.sparkpulse.admin.users.Role;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin navigation counts the review queue and the predictions due only for pages
 * that show it: a saved form redirects without asking (the counts were a fifth of an
 * activity write's time on a catalog of 100,000 products).
 */
@PageTest
@Transactional
class NavigationCountsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@MockitoSpyBean
	ReviewEditing review;

	@MockitoSpyBean
	PredictionEditing predictions;

	SignedInEditor editor;

	@BeforeEach
	void editor() {
		this.editor = new TestAccounts(this.context).ensure("editor@counts.test", Role.EDITOR);
		clearInvocations(this.review, this.predictions);
	}

	@Test
	void aSavedMoveRedirectsWithoutCounting() throws Exception {
		long session = this.jdbc.sql("select id from product where slug = 'session'").query(Long.class).single();
		this.mvc
			.perform(post("/admin/products/" + session + "/activity").with(user(this.editor))
				.with(csrf())
				.param("occurredOn", "2026-06-14")
				.param("kind", "RELEASE")
				.param("title", "Counted nowhere")
				.param("sourceUrl", "https://example.org/release")
				.param("spark", "false"))
			.andExpect(status().isFound());

		verify(this.review, never()).pendingCount();
		verify(this.predictions, never()).dueCount();
	}

	@Test
	void aPageWithTheNavigationCountsBoth() throws Exception {
		this.mvc.perform(get("/admin/products").with(user(this.editor))).andExpect(status().isOk());

		verify(this.review, atLeastOnce()).pendingCount();
		verify(this.predictions, atLeastOnce()).dueCount();
	}

}

package io.sparkpulse.freshness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.sparkpulse.activity.ActivityCommands;
import io.sparkpulse.activity.ActivityKind;
import io.sparkpulse.activity.NewActivity;
import io.sparkpulse.catalog.CatalogCommands;
import io.sparkpulse.catalog.NewProduct;
import io.sparkpulse.catalog.NewSector;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.PageTest;
import io.sparkpulse.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages are rendered once per data version: conditional requests and repeats cost
 * no rendering and no SQL, and any committed write makes every page fresh again.
 */
@PageTest
@TestPropertySource(properties = "sparkpulse.cache.enabled=true")
class PageCacheTest {

	/**
	 * These tests commit what they create: names of their own let them run again on one
	 * database.
	 */
	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	CatalogCommands catalog;

	@Autowired
	ActivityCommands activity;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void publicPagesCarryValidatorsAndCdnFriendlyCaching() throws Exception {
		this.mvc.perform(get("/compare/session-vs-synapse"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", org.hamcrest.Matchers.matchesPattern("W/\"sp[0-9a-f]+\"")))
			.andExpect(header().exists("Last-Modified"))
			.andExpect(header().string("Cache-Control",
					"public, max-age=60, stale-while-revalidate=600, stale-if-error=86400"));
	}

	@Test
	void aMatchingConditionalRequestIsAnswered304WithoutRenderingOrSql() throws Exception {
		String etag = this.mvc.perform(get("/products/synapse")).andReturn().getResponse().getHeader("ETag");
		this.statements.reset();
		MvcResult revalidated = this.mvc.perform(get("/products/synapse").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(revalidated.getModelAndView()).as("no controller ran").isNull();
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aRepeatedRequestIsServedFromMemoryWithTheSameBytes() throws Exception {
		byte[] first = this.mvc.perform(get("/alternatives/synapse")).andReturn().getResponse().getContentAsByteArray();
		this.statements.reset();
		MvcResult second = this.mvc.perform(get("/alternatives/synapse")).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first);
		assertThat(second.getModelAndView()).isNull();
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aCopyFromMemoryCarriesTheSecurityHeadersOfTheRenderedPage() throws Exception {
		MvcResult rendered = this.mvc.perform(get("/compare/duckdb-vs-firefox")).andReturn();
		MvcResult copy = this.mvc.perform(get("/compare/duckdb-vs-firefox")).andExpect(status().isOk()).andReturn();
		MvcResult revalidated = this.mvc
			.perform(
					get("/compare/duckdb-vs-firefox").header("If-None-Match", rendered.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(copy.getModelAndView()).as("served from memory").isNull();
		for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy")) {
			assertThat(rendered.getResponse().getHeader(header)).as(header).isNotBlank();
			assertThat(copy.getResponse().getHeaders(header)).as(header)
				.isEqualTo(rendered.getResponse().getHeaders(header));
			assertThat(revalidated.getResponse().getHeaders(header)).as(header)
				.isEqualTo(rendered.getResponse().getHeaders(header));
		}
		assertThat(copy.getResponse().getContentType()).isEqualTo(rendered.getResponse().getContentType());
	}

	@Test
	void aCommittedWriteChangesTheEtagAndThePage() throws Exception {
		long product = this.transactions.execute((tx) -> {
			long sector = this.catalog.createSector(new NewSector("cache-sector-" + RUN, "Cache", ""));
			return this.catalog.createProduct(new NewProduct("cache-product-" + RUN, "Cache Product", sector,
					"Headline", "", null, null, List.of("caching")));
		});
		MvcResult before = this.mvc.perform(get("/products/cache-product-" + RUN)).andReturn();
		String etag = before.getResponse().getHeader("ETag");
		assertThat(before.getResponse().getContentAsString()).doesNotContain("v9.9.9 shipped");

		this.transactions.executeWithoutResult((tx) -> this.activity.record(product,
				new NewActivity(FixedClock.TODAY, ActivityKind.RELEASE, "v9.9.9 shipped", null, null, false)));

		MvcResult after = this.mvc.perform(get("/products/cache-product-" + RUN).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		assertThat(after.getResponse().getContentAsString()).contains("v9.9.9 shipped");
	}

	@Test
	void readersArrivingTogetherWaitForOneRenderOfThePage() throws Exception {
		this.transactions
			.executeWithoutResult((tx) -> this.catalog.createSector(new NewSector("herd-1-" + RUN, "Herd", "")));
		this.statements.reset();
		this.mvc.perform(get("/compare/grafana-vs-session")).andExpect(status().isOk());
		int oneRender = this.statements.count();
		this.transactions
			.executeWithoutResult((tx) -> this.catalog.createSector(new NewSector("herd-2-" + RUN, "Herd", "")));

		int readers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(readers, (task) -> new Thread(task, "herd-reader"));
		CountDownLatch start = new CountDownLatch(1);
		this.statements.reset((thread) -> "herd-reader".equals(thread.getName()));
		List<Future<MvcResult>> answers = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.mvc.perform(get("/compare/grafana-vs-session")).andReturn();
			}));
		}
		start.countDown();
		Set<String> bodies = new HashSet<>();
		for (Future<MvcResult> answer : answers) {
			MvcResult result = answer.get(30, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			bodies.add(result.getResponse().getContentAsString());
		}
		pool.shutdown();
		assertThat(bodies).hasSize(1);
		assertThat(this.statements.count()).as("statements of one render").isEqualTo(oneRender);
	}

	@Test
	void errorsAndRedirectsAreNeverCachedNorValidated() throws Exception {
		this.mvc.perform(get("/products/not-a-product").accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("ETag"));
		this.mvc.perform(get("/compare/synapse-vs-session"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().doesNotExist("ETag"));
	}

}

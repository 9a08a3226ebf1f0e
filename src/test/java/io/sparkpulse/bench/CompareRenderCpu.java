package io.sparkpulse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sparkpulse.compare.ComparePageService;
import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Java CPU time of this thread per rendered compare page, over every distinct same-sector
 * pair of the demo catalog, each rendered once as a crawler would ask for it (the page
 * cache is off in tests): once with the products' parts shared between pages as they are,
 * once with nothing shared (the worst case, where no page shows a product another page
 * showed). A measure, not a test: it runs only with {@code -Dsparkpulse.measure=true} and
 * prints its figures. MockMvc does not print: the request and response it would otherwise
 * format for every page cost the harness, not the application, more than half as much CPU
 * as the page.
 */
@PageTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@EnabledIfSystemProperty(named = "sparkpulse.measure", matches = "true")
class CompareRenderCpu {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ComparePageService service;

	private Optional<Object> fragments;

	@Test
	void cpuPerRenderedComparePage() throws Exception {
		List<String> pages = sameSectorPairs();
		for (int round = 0; round < 3; round++) {
			measure("warm-up", pages, false);
		}
		for (int round = 0; round < 3; round++) {
			measure("crawl, parts shared between pages", pages, false);
			measure("every page from nothing", pages, true);
			measureModels(pages);
		}
	}

	/**
	 * The share of a page that is not rendering: building its model (the look-ups and the
	 * assembly), as the controller asks for it.
	 */
	private void measureModels(List<String> pages) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		for (String page : pages) {
			this.service.compare(page.substring("/compare/".length()));
		}
		cpu = threads.getCurrentThreadCpuTime() - cpu;
		System.out.printf("the page model alone: %d distinct compare pages, %.3f ms CPU per page%n", pages.size(),
				cpu / 1e6 / pages.size());
	}

	private void measure(String label, List<String> pages, boolean nothingShared) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		forgetRenderedFragments();
		long cpu = 0;
		long wall = System.nanoTime();
		for (String page : pages) {
			if (nothingShared) {
				forgetRenderedFragments();
			}
			long start = threads.getCurrentThreadCpuTime();
			this.mvc.perform(get(page)).andExpect(status().isOk());
			cpu += threads.getCurrentThreadCpuTime() - start;
		}
		wall = System.nanoTime() - wall;
		System.out.printf("%s: %d distinct compare pages, %.3f ms CPU and %.3f ms wall per page%n", label, pages.size(),
				cpu / 1e6 / pages.size(), wall / 1e6 / pages.size());
	}

	/**
	 * Forgets every product part the application rendered, when it keeps any: found by
	 * name, so this measure runs unchanged on a commit from before they were kept.
	 */
	private void forgetRenderedFragments() throws Exception {
		if (this.fragments == null) {
			this.fragments = Optional.empty();
			for (String name : this.context.getBeanDefinitionNames()) {
				Object bean = this.context.getBean(name);
				if (bean.getClass().getSimpleName().equals("ProductFragments")) {
					this.fragments = Optional.of(bean);
				}
			}
		}
		if (this.fragments.isPresent()) {
			this.fragments.get().getClass().getMethod("forgetAll").invoke(this.fragments.get());
		}
	}

	private List<String> sameSectorPairs() {
		Map<Long, List<String>> bySector = this.jdbc
			.queryForList("select sector_id, slug from sparkpulse.product where retired_at is null order by slug")
			.stream()
			.collect(Collectors.groupingBy((row) -> ((Number) row.get("sector_id")).longValue(),
					Collectors.mapping((row) -> (String) row.get("slug"), Collectors.toList())));
		List<String> pages = new ArrayList<>();
		for (List<String> slugs : bySector.values()) {
			for (int i = 0; i < slugs.size(); i++) {
				for (int j = i + 1; j < slugs.size(); j++) {
					pages.add("/compare/" + slugs.get(i) + "-vs-" + slugs.get(j));
				}
			}
		}
		return pages;
	}

}

package io.sparkpulse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Java CPU time of this thread per rendered compare page, over every distinct same-sector
 * pair of the demo catalog, each rendered once as a crawler would ask for it (the page
 * cache is off in tests). A measure, not a test: it runs only with
 * {@code -Dsparkpulse.measure=true} and prints its figures.
 */
@PageTest
@EnabledIfSystemProperty(named = "sparkpulse.measure", matches = "true")
class CompareRenderCpu {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void cpuPerRenderedComparePage() throws Exception {
		List<String> pages = sameSectorPairs();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < 6; round++) {
			forgetRenderedFragments();
			long cpu = threads.getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			for (String page : pages) {
				this.mvc.perform(get(page)).andExpect(status().isOk());
			}
			cpu = threads.getCurrentThreadCpuTime() - cpu;
			wall = System.nanoTime() - wall;
			System.out.printf("round %d: %d distinct compare pages, %.3f ms CPU and %.3f ms wall per page%n", round,
					pages.size(), cpu / 1e6 / pages.size(), wall / 1e6 / pages.size());
		}
	}

	/**
	 * Each round starts as a crawl of pages never rendered would: no product's fragments
	 * rendered yet (when the application keeps any).
	 */
	private void forgetRenderedFragments() throws Exception {
		for (String name : this.context.getBeanDefinitionNames()) {
			Object bean = this.context.getBean(name);
			if (bean.getClass().getSimpleName().equals("ProductFragments")) {
				bean.getClass().getMethod("forgetAll").invoke(bean);
			}
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

package io.sparkpulse.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sparkpulse.support.PageTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@link LeanPageRendering} replaces two of Thymeleaf's parts inside the engine that Boot
 * builds. If an upgrade of Boot or Thymeleaf builds the engine another way, or changes
 * how a web context makes links, these fail instead of the site quietly losing the
 * replacement or rendering different links on public pages than on the editors' pages.
 */
@PageTest
class LeanPageRenderingTest {

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

	@Autowired
	SpringTemplateEngine engine;

	@Autowired
	MockMvc mvc;

	@Test
	void theEngineBootBuildsCarriesTheReplacements() {
		assertThat(this.engine.getEngineContextFactory()).isNotExactlyInstanceOf(StandardEngineContextFactory.class);
		assertThat(this.engine.getLinkBuilders()).singleElement().isNotExactlyInstanceOf(StandardLinkBuilder.class);
	}

	@Test
	void publicPagesLinkAssetsAsTheWebContextDoes() throws Exception {
		String inPlainContext = stylesheet("/products/synapse");
		String inWebContext = stylesheet("/login");
		assertThat(inPlainContext).matches("/assets/css/site-[0-9a-f]{32}\\.css").isEqualTo(inWebContext);
	}

	private String stylesheet(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		Matcher link = STYLESHEET.matcher(html);
		assertThat(link.find()).as("stylesheet link on " + path).isTrue();
		return link.group(1);
	}

}

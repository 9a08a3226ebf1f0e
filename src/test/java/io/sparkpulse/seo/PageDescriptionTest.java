package io.sparkpulse.seo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How pages describe themselves: titles, descriptions, canonical links, social tags and
 * JSON-LD.
 */
@PageTest
class PageDescriptionTest {

	private static final List<String> PAGES = List.of("/", "/sectors", "/sectors/comms", "/sectors/databases",
			"/products/synapse", "/products/session", "/alternatives/synapse", "/alternatives/session",
			"/compare/session-vs-synapse", "/compare/element-vs-synapse", "/compare/element-vs-session-vs-synapse",
			"/methodology");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageHasOneH1AUniqueTitleAndAUniqueDescription() throws Exception {
		List<String> titles = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		for (String path : PAGES) {
			Document page = Html.fetch(this.mvc, path);
			assertThat(page.select("h1")).as(path).hasSize(1);
			titles.add(page.title());
			descriptions.add(page.selectFirst("meta[name=description]").attr("content"));
		}
		assertThat(titles).doesNotHaveDuplicates();
		assertThat(descriptions).doesNotHaveDuplicates().allSatisfy((d) -> assertThat(d).hasSizeBetween(50, 320));
	}

	@Test
	void canonicalAndSocialTagsAreAbsolute() throws Exception {
		for (String path : PAGES) {
			Document page = Html.fetch(this.mvc, path);
			assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(path)
				.isEqualTo("http://localhost:8080" + path);
			assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
				.isEqualTo("http://localhost:8080" + path);
			assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isNotBlank();
			assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
				.startsWith("http://localhost:8080/cards/");
			assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		}
	}

	@Test
	void socialCardsArePngImagesOfTheRightSize() throws Exception {
		for (String path : List.of("/cards/site.png", "/cards/products/synapse.png",
				"/cards/compare/session-vs-synapse.png", "/cards/compare/element-vs-session-vs-synapse.png")) {
			byte[] png = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().contentType("image/png"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth()).isEqualTo(1200);
			assertThat(image.getHeight()).isEqualTo(630);
		}
		this.mvc.perform(get("/cards/compare/synapse-vs-session.png").accept("text/html"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cards/products/nope.png").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void theComparePagesFaqStructuredDataIsTheVisibleFaq() throws Exception {
		Document page = Html.fetch(this.mvc, "/compare/session-vs-synapse");
		JsonNode faq = node(page, "FAQPage");
		List<String> questions = new ArrayList<>();
		List<String> answers = new ArrayList<>();
		faq.get("mainEntity").forEach((question) -> {
			assertThat(question.get("@type").asString()).isEqualTo("Question");
			questions.add(question.get("name").asString());
			answers.add(question.get("acceptedAnswer").get("text").asString());
		});
		assertThat(questions).isEqualTo(page.select("#faq h3").eachText());
		assertThat(answers).isEqualTo(page.select("#faq h3 + p").eachText());
	}

	@Test
	void pagesBelowHomeCarryBreadcrumbsThatMatchTheVisibleTrail() throws Exception {
		for (String path : PAGES.subList(1, PAGES.size())) {
			Document page = Html.fetch(this.mvc, path);
			JsonNode list = node(page, "BreadcrumbList");
			List<String> names = new ArrayList<>();
			list.get("itemListElement").forEach((item) -> {
				names.add(item.get("name").asString());
				assertThat(item.get("item").asString()).startsWith("http://localhost:8080/");
			});
			assertThat(names).as(path).isEqualTo(page.select("nav.crumbs li").eachText());
		}
	}

	@Test
	void listsProductsAndSitesUseTheirSchemaOrgTypes() throws Exception {
		assertThat(node(Html.fetch(this.mvc, "/alternatives/synapse"), "ItemList").get("itemListElement").size())
			.isEqualTo(12);
		assertThat(node(Html.fetch(this.mvc, "/sectors/comms"), "ItemList").get("numberOfItems").asInt())
			.isGreaterThanOrEqualTo(13);
		JsonNode app = node(Html.fetch(this.mvc, "/products/synapse"), "SoftwareApplication");
		assertThat(app.get("name").asString()).isEqualTo("Synapse");
		assertThat(app.get("url").asString()).isEqualTo("http://localhost:8080/products/synapse");
		assertThat(node(Html.fetch(this.mvc, "/"), "WebSite").get("potentialAction").get("@type").asString())
			.isEqualTo("SearchAction");
	}

	@Test
	void structuredDataCannotBreakOutOfItsScriptElement() {
		StructuredData data = new StructuredData(
				new io.sparkpulse.web.SiteProperties("Sparkpulse", "http://localhost:8080"), this.json);
		String document = data.document(data.faqPage("/x",
				List.of(new StructuredData.QuestionAnswer("</script><script>alert(1)</script>", "a & b"))));
		assertThat(document).doesNotContain("<", ">", "&");
		assertThat(this.json.readTree(document).get("@graph").get(0).get("mainEntity").get(0).get("name").asString())
			.isEqualTo("</script><script>alert(1)</script>");
	}

	private JsonNode node(Document page, String type) {
		Element script = page.selectFirst("script[type=application/ld+json]");
		assertThat(script).as("JSON-LD on " + page.location()).isNotNull();
		JsonNode document = this.json.readTree(script.data());
		assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
		for (JsonNode node : document.get("@graph")) {
			if (type.equals(node.get("@type").asString())) {
				return node;
			}
		}
		throw new AssertionError("No " + type + " in " + script.data());
	}

}

package io.sparkpulse.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.web.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Builds schema.org JSON-LD for pages: one {@code @graph} per page, with absolute URLs,
 * serialised so that it can sit inside a {@code <script type="application/ld+json">}
 * element whatever the text contains.
 */
@Component
public class StructuredData {

	private final SiteProperties site;

	private final JsonMapper json;

	StructuredData(SiteProperties site, JsonMapper json) {
		this.site = site;
		this.json = json;
	}

	public Node breadcrumbs(List<Crumb> trail) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < trail.size(); i++) {
			Map<String, Object> item = node("ListItem");
			item.put("position", i + 1);
			item.put("name", trail.get(i).name());
			item.put("item", this.site.absolute(trail.get(i).path()));
			items.add(item);
		}
		Map<String, Object> list = node("BreadcrumbList");
		list.put("itemListElement", items);
		return new Node(list);
	}

	public Node faqPage(String path, List<QuestionAnswer> faqs) {
		Map<String, Object> page = node("FAQPage");
		page.put("url", this.site.absolute(path));
		page.put("mainEntity", faqs.stream().map((faq) -> {
			Map<String, Object> question = node("Question");
			question.put("name", faq.question());
			Map<String, Object> answer = node("Answer");
			answer.put("text", faq.answer());
			question.put("acceptedAnswer", answer);
			return question;
		}).toList());
		return new Node(page);
	}

	public Node itemList(String name, List<Crumb> items) {
		Map<String, Object> list = node("ItemList");
		list.put("name", name);
		list.put("numberOfItems", items.size());
		List<Map<String, Object>> elements = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = node("ListItem");
			item.put("position", i + 1);
			item.put("name", items.get(i).name());
			item.put("url", this.site.absolute(items.get(i).path()));
			elements.add(item);
		}
		list.put("itemListElement", elements);
		return new Node(list);
	}

	public Node softwareApplication(String name, String description, String path, String website, String category) {
		Map<String, Object> app = node("SoftwareApplication");
		app.put("name", name);
		app.put("description", description);
		app.put("url", this.site.absolute(path));
		app.put("applicationCategory", category);
		if (website != null) {
			app.put("sameAs", website);
		}
		return new Node(app);
	}

	public Node webSite(String description) {
		Map<String, Object> site = node("WebSite");
		site.put("name", this.site.name());
		site.put("url", this.site.absolute("/"));
		site.put("description", description);
		Map<String, Object> action = node("SearchAction");
		action.put("target", this.site.absolute("/search") + "?q={search_term_string}");
		action.put("query-input", "required name=search_term_string");
		site.put("potentialAction", action);
		return new Node(site);
	}

	/**
	 * The nodes as one JSON-LD document, with {@code <}, {@code >} and {@code &} escaped
	 * so that no text can close the script element it is embedded in.
	 */
	public String document(Node... nodes) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", java.util.Arrays.stream(nodes).map(Node::value).toList());
		return this.json.writeValueAsString(document)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		return node;
	}

	/**
	 * One schema.org entity of a page's graph.
	 */
	public record Node(Map<String, Object> value) {
	}

	/**
	 * A question and its answer, as a FAQ shows them.
	 */
	public record QuestionAnswer(String question, String answer) {
	}

}

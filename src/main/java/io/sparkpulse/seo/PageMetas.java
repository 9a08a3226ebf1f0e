package io.sparkpulse.seo;

import java.util.ArrayList;
import java.util.List;

import io.sparkpulse.web.Link;

import org.springframework.stereotype.Component;

/**
 * Assembles a page's {@link PageMeta}: breadcrumbs always become BreadcrumbList
 * structured data, joined by whatever entities the page adds.
 */
@Component
public class PageMetas {

	private final StructuredData structuredData;

	PageMetas(StructuredData structuredData) {
		this.structuredData = structuredData;
	}

	public StructuredData structuredData() {
		return this.structuredData;
	}

	public PageMeta page(String title, String description, String path, List<Crumb> breadcrumbs, String imagePath,
			List<Link> feeds, StructuredData.Node... entities) {
		List<StructuredData.Node> nodes = new ArrayList<>(List.of(entities));
		if (!breadcrumbs.isEmpty()) {
			nodes.add(this.structuredData.breadcrumbs(breadcrumbs));
		}
		String jsonLd = nodes.isEmpty() ? null
				: this.structuredData.document(nodes.toArray(StructuredData.Node[]::new));
		return new PageMeta(title, description, path, null, breadcrumbs, jsonLd,
				(imagePath != null) ? imagePath : PageMeta.DEFAULT_IMAGE, breadcrumbs.isEmpty() ? "website" : "article",
				feeds);
	}

	public static Crumb home() {
		return new Crumb("Home", "/");
	}

	public static Link feed(String title, String path) {
		return new Link(title, path);
	}

}

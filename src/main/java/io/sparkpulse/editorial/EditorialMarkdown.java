package io.sparkpulse.editorial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders editorial text, written in a small Markdown subset (paragraphs, emphasis, links
 * and lists), to HTML that is safe to insert into a page: raw HTML is escaped, headings,
 * quotes, code blocks and images stay plain text, links keep only http, https and mailto
 * destinations (any other link becomes its text) and carry
 * {@code rel="nofollow noopener"}. Page services render it before a template sees it, so
 * templates only insert the ready HTML.
 */
@Component
public class EditorialMarkdown {

	private static final List<String> ALLOWED_SCHEMES = List.of("http://", "https://", "mailto:");

	private final Parser parser = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			if (node instanceof Link) {
				attributes.put("rel", "nofollow noopener");
			}
		})
		.build();

	/**
	 * Rendered texts by source: a pure function, and a compare page shows each current
	 * state twice while every page of a product's pairs shows the same texts again.
	 */
	private final Cache<String, String> rendered = Caffeine.newBuilder()
		.maximumWeight(8 * 1024 * 1024)
		.weigher((String markdown, String html) -> 2 * (markdown.length() + html.length()))
		.build();

	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.rendered.get(markdown, this::render);
	}

	/**
	 * A trajectory's editorial block, its texts rendered, as of {@code now} (which
	 * decides whether it is stale).
	 */
	public EditorialText text(Trajectory trajectory, Instant now) {
		return new EditorialText(trajectory.headline(), toHtml(trajectory.currentState()), toHtml(trajectory.heading()),
				toHtml(trajectory.prediction()), StaleEditorial.note(trajectory, now).orElse(null));
	}

	private String render(String markdown) {
		Node document = this.parser.parse(markdown);
		Unsafe unsafe = new Unsafe();
		document.accept(unsafe);
		unsafe.nodes.forEach(EditorialMarkdown::unwrap);
		return this.renderer.render(document);
	}

	static boolean isAllowedDestination(String destination) {
		String normalized = destination.strip().toLowerCase(Locale.ROOT);
		return ALLOWED_SCHEMES.stream()
			.anyMatch((scheme) -> normalized.startsWith(scheme) && normalized.length() > scheme.length());
	}

	/**
	 * Replaces a node by its children: an image by its alt text, a refused link by its
	 * label.
	 */
	private static void unwrap(Node node) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}

	/**
	 * Collects images and links with a refused destination; the tree is changed only
	 * after the walk.
	 */
	private static final class Unsafe extends AbstractVisitor {

		private final List<Node> nodes = new ArrayList<>();

		@Override
		public void visit(Image image) {
			this.nodes.add(image);
			visitChildren(image);
		}

		@Override
		public void visit(Link link) {
			if (!isAllowedDestination(link.getDestination())) {
				this.nodes.add(link);
			}
			visitChildren(link);
		}

	}

}

package io.sparkpulse.web.fragments;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Renders the parts of a page that depend on one product (a compare column's "what is"
 * section and editorial block, an activity row, a chart's line, the head of a product
 * card) once, and gives the same HTML to every page that shows them: each product appears
 * on many compare pages, and on its own product and alternatives pages. A part is worth
 * keeping only when rendering it costs more than the look-up and the separate template
 * run a first render pays for it: a table cell of one expression is not, and stays in its
 * page.
 * <p>
 * A part is kept under its fragment, the page's locale and the <em>value</em> of the
 * record it shows. Records compare by value, so a product that changed in any way it is
 * shown is a new key: stale HTML is never served, and the old entry ages out of a cache
 * bounded in size. Templates insert the HTML with {@code th:utext}, through a local
 * variable since {@code th:utext} may not call a bean itself:
 * {@code th:with="html=${@productFragments.html('fragments/product-parts :: editorial',
 * c, #locale)}" th:utext="${html}"}; the fragment sees the record as {@code view}.
 * <p>
 * Keyed by value, a reused part still costs the look-ups that built its record. Once each
 * product carries a version of its own, a key of (fragment, product id, version) would
 * let a page build the record only when the part is missing.
 */
@Component
public class ProductFragments {

	/**
	 * Bounds the cache by about this many bytes of HTML and of the records behind it:
	 * half what the page cache may hold, since a whole page is worth more than its parts
	 * in a small heap.
	 */
	private static final long MAX_WEIGHT = 32L * 1024 * 1024;

	/**
	 * What a key weighs besides its HTML: the record it was rendered from, which holds
	 * about as many characters as it shows, and the entry itself.
	 */
	private static final int ENTRY_OVERHEAD = 256;

	private final ObjectProvider<ITemplateEngine> engine;

	private final ApplicationContext application;

	private final Cache<Key, String> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_WEIGHT)
		.weigher((Key key, String html) -> 4 * html.length() + ENTRY_OVERHEAD)
		.build();

	private final LongAdder renders = new LongAdder();

	ProductFragments(ObjectProvider<ITemplateEngine> engine, ApplicationContext application) {
		this.engine = engine;
		this.application = application;
	}

	/**
	 * The HTML of {@code fragment} ("template :: name") showing {@code view}, rendered
	 * the first time it is asked for.
	 */
	public String html(String fragment, Object view, Locale locale) {
		Key key = new Key(fragment, locale, view);
		String html = this.rendered.getIfPresent(key);
		if (html == null) {
			// Rendered outside the cache's lock: a fragment may itself ask for others.
			html = render(key);
			this.rendered.put(key, html);
		}
		return html;
	}

	/**
	 * How many fragments were rendered rather than reused, since the start.
	 */
	public long renders() {
		return this.renders.sum();
	}

	/**
	 * Forgets every rendered fragment, so the next pages render theirs again.
	 */
	public void forgetAll() {
		this.rendered.invalidateAll();
	}

	private String render(Key key) {
		int separator = key.fragment().indexOf("::");
		if (separator < 0) {
			throw new IllegalArgumentException("not a fragment reference: " + key.fragment());
		}
		String template = key.fragment().substring(0, separator).strip();
		String selector = key.fragment().substring(separator + 2).strip();
		Context context = new Context(key.locale());
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		context.setVariable("view", key.view());
		String html = this.engine.getObject().process(template, Set.of(selector), context);
		this.renders.increment();
		return html;
	}

	private record Key(String fragment, Locale locale, Object view) {
	}

}

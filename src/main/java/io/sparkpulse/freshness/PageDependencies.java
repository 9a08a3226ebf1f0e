package io.sparkpulse.freshness;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being rendered shows, declared by its controller: the page cache files
 * the rendered page under the versions of these keys (and of
 * {@link DependencyKeys#SITE}), derives its ETag from them and names them in its
 * {@code Surrogate-Key} header. A page that declares nothing depends on everything.
 */
@Component
public class PageDependencies {

	private static final String ATTRIBUTE = PageDependencies.class.getName();

	public void product(long id) {
		add(DependencyKeys.product(id));
	}

	public void products(Collection<Long> ids) {
		ids.forEach(this::product);
	}

	/** The page shows a sector's ranking (its order, or lists derived from it). */
	public void sectors(Collection<Long> ids) {
		ids.forEach((id) -> add(DependencyKeys.sector(id)));
	}

	/** The page lists products or activity of the whole catalog. */
	public void wholeCatalog() {
		add(DependencyKeys.PRODUCTS);
		add(DependencyKeys.SECTORS);
	}

	private static void add(String key) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> keys = (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (keys == null) {
			keys = new TreeSet<>();
			request.setAttribute(ATTRIBUTE, keys, RequestAttributes.SCOPE_REQUEST);
		}
		keys.add(key);
	}

	/**
	 * The keys a rendered page depends on, in a stable order.
	 */
	static Set<String> of(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Set<String> declared = (Set<String>) request.getAttribute(ATTRIBUTE);
		Set<String> keys = new TreeSet<>();
		keys.add(DependencyKeys.SITE);
		if (declared == null || declared.isEmpty()) {
			keys.add(DependencyKeys.ALL);
		}
		else {
			keys.addAll(declared);
		}
		return keys;
	}

}

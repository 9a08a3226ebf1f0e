package io.sparkpulse.freshness;

import java.io.IOException;

import io.sparkpulse.web.RequestIds;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Answers pages held in memory, and their 304s, inside Tomcat, before it builds the
 * filter chain: the chain's dozen filters cost a cached answer as much again as the
 * answer itself. Everything else, and every request when there is no servlet container
 * (MockMvc), goes through {@link PageCacheFilter}, which answers from memory the same
 * way.
 */
class CachedPageValve extends ValveBase {

	/**
	 * Set on a request the valve looked up in vain, so that the filter's look-up is not
	 * counted again.
	 */
	static final String LOOKED_UP = CachedPageValve.class.getName() + ".LOOKED_UP";

	private final ObjectProvider<PageCacheFilter> pageCache;

	private volatile PageCacheFilter pages;

	CachedPageValve(ObjectProvider<PageCacheFilter> pageCache) {
		super(true);
		this.pageCache = pageCache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		RequestIds.assign(request, response);
		boolean answered;
		try {
			answered = pages().answerFromMemory(request, response);
		}
		catch (ClientAbortException ex) {
			// The reader left before the bytes were written: nothing went wrong here, and
			// Tomcat would otherwise log it as an error.
			return;
		}
		if (!answered) {
			request.setAttribute(LOOKED_UP, Boolean.TRUE);
			getNext().invoke(request, response);
		}
	}

	/**
	 * Looked up on first use: the valve is made with the web server, before the
	 * application's beans.
	 */
	private PageCacheFilter pages() {
		PageCacheFilter known = this.pages;
		if (known == null) {
			known = this.pageCache.getObject();
			this.pages = known;
		}
		return known;
	}

}

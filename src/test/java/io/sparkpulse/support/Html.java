package io.sparkpulse.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Fetches a page through MockMvc and parses it, the way a reader's browser would see it.
 */
public final class Html {

	private Html() {
	}

	public static Document fetch(MockMvc mvc, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).accept("text/html")).andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("GET " + path + " answered " + result.getResponse().getStatus());
		}
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost");
	}

	public static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost");
	}

}

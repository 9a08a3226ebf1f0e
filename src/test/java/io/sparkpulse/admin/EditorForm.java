package io.sparkpulse.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An admin form as a browser would send it: every field with the value the page holds,
 * changed only where a test types something.
 */
public final class EditorForm {

	private final String action;

	private final Map<String, String> values = new LinkedHashMap<>();

	private EditorForm(String action) {
		this.action = action;
	}

	public static EditorForm of(Document page) {
		return of(page.selectFirst("form.admin-form"));
	}

	public static EditorForm of(Element form) {
		EditorForm sent = new EditorForm(form.attr("action"));
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			String type = field.attr("type");
			if (field.tagName().equals("select")) {
				Element selected = field.selectFirst("option[selected]");
				sent.values.put(name, (selected != null) ? selected.val() : "");
			}
			else if (type.equals("checkbox") || type.equals("radio")) {
				if (field.hasAttr("checked")) {
					sent.values.put(name, field.val().isEmpty() ? "on" : field.val());
				}
			}
			else if (field.tagName().equals("textarea")) {
				sent.values.put(name, field.wholeText().replaceFirst("^\n", ""));
			}
			else if (!type.equals("submit")) {
				sent.values.put(name, field.val());
			}
		}
		return sent;
	}

	public EditorForm type(String name, String value) {
		this.values.put(name, value);
		return this;
	}

	public EditorForm untick(String name) {
		this.values.remove(name);
		return this;
	}

	public String value(String name) {
		return this.values.get(name);
	}

	public MockHttpServletRequestBuilder post() {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(this.action);
		this.values.forEach(request::param);
		return request;
	}

}

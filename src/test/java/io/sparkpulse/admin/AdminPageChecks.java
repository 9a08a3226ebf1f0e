package io.sparkpulse.admin;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every admin page must be, whichever feature it belongs to: kept out of search
 * engines, one heading, the admin navigation, no inline script or style (the admin CSP
 * forbids them), every field labelled and every form that writes carrying its CSRF token.
 */
public final class AdminPageChecks {

	private AdminPageChecks() {
	}

	public static void assertWellFormedAdminPage(Document page, String path) {
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex");
		assertThat(page.select("h1")).as(path).hasSize(1);
		assertThat(page.select("nav.admin-nav")).as(path).hasSize(1);
		assertThat(page.select("script:not([src]), [style], [onclick], [onload]")).as(path).isEmpty();
		for (Element field : page.select("main input:not([type=hidden]), main select, main textarea")) {
			assertThat(page.select("label[for=" + field.id() + "]")).as(path + " " + field).isNotEmpty();
		}
		for (Element form : page.select("form[method=post]")) {
			assertThat(form.select("input[name=_csrf]")).as(path + " " + form.attr("action")).hasSize(1);
		}
	}

}

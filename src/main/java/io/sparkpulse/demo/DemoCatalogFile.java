package io.sparkpulse.demo;

import java.util.List;

/**
 * One sector file of the demo catalog ({@code classpath:demo/sectors/*.json}). Dates are
 * days before the load date, so the catalog looks current whenever it is loaded.
 */
record DemoCatalogFile(DemoSector sector, List<DemoProduct> products) {

	record DemoSector(String slug, String name, String description) {
	}

	record DemoProduct(String slug, String name, String headline, String summary, String website, String repository,
			List<String> themes, DemoEditorial editorial, List<DemoActivity> activity) {
	}

	record DemoEditorial(int updatedDaysAgo, String headline, String currentState, String heading, String prediction,
			DemoEditorial previous) {
	}

	record DemoActivity(int daysAgo, String kind, String title, String summary, String url, boolean spark) {
	}

}

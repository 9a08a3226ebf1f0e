package io.sparkpulse.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sparkpulse.catalog.CatalogIndexQueries.Indexed;
import io.sparkpulse.catalog.CatalogIndexQueries.IndexedFile;
import io.sparkpulse.catalog.CatalogIndexQueries.IndexedPair;
import io.sparkpulse.catalog.CatalogIndexQueries.IndexedSector;
import io.sparkpulse.catalog.CatalogIndexQueries;
import io.sparkpulse.freshness.DataVersion;
import io.sparkpulse.web.SitePaths;
import io.sparkpulse.web.SiteProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap index and its child sitemaps: site pages, product and alternatives pages,
 * and the compare pages worth indexing, each split into files of at most
 * {@link SeoProperties#sitemapMaxUrls()} URLs.
 */
@Service
@Transactional(readOnly = true)
public class Sitemaps {

	private static final Pattern CHILD = Pattern.compile("(pages|products|compare|trios)(?:-(\\d{1,6}))?");

	private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";

	private final CatalogIndexQueries index;

	private final DataVersion dataVersion;

	private final SiteProperties site;

	private final SeoProperties properties;

	Sitemaps(CatalogIndexQueries index, DataVersion dataVersion, SiteProperties site, SeoProperties properties) {
		this.index = index;
		this.dataVersion = dataVersion;
		this.site = site;
		this.properties = properties;
	}

	public String index() {
		StringBuilder xml = new StringBuilder(header())
			.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		List<Entry> pages = pages();
		child(xml, "pages", latest(pages));
		int max = this.properties.sitemapMaxUrls();
		int productsPerFile = max / 2;
		children(xml, "products", this.index.productFiles(productsPerFile));
		children(xml, "compare", this.index.pairFiles(this.properties.comparePairsPerProduct(), max));
		children(xml, "trios", this.index.trioFiles(this.properties.comparePairsPerProduct(), max));
		return xml.append("</sitemapindex>\n").toString();
	}

	/**
	 * A child sitemap by name ("pages", "products-2", "compare-1"), if it exists.
	 */
	public Optional<String> child(String name) {
		Matcher matcher = CHILD.matcher(name);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String kind = matcher.group(1);
		int file = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		List<Entry> entries;
		if ("pages".equals(kind) && file == 0) {
			entries = pages();
		}
		else if ("products".equals(kind) && file >= 1) {
			entries = productEntries(file, this.properties.sitemapMaxUrls() / 2);
		}
		else if ("compare".equals(kind) && file >= 1) {
			entries = pairEntries(file, this.properties.sitemapMaxUrls());
		}
		else if ("trios".equals(kind) && file >= 1) {
			entries = trioEntries(file, this.properties.sitemapMaxUrls());
		}
		else {
			return Optional.empty();
		}
		if (entries.isEmpty() && file > 1) {
			return Optional.empty();
		}
		StringBuilder xml = new StringBuilder(header()).append(URLSET).append('\n');
		entries.forEach((entry) -> xml.append("  <url><loc>")
			.append(HtmlUtils.htmlEscape(this.site.absolute(entry.path())))
			.append("</loc><lastmod>")
			.append(lastmod(entry.changedAt()))
			.append("</lastmod></url>\n"));
		return Optional.of(xml.append("</urlset>\n").toString());
	}

	private List<Entry> pages() {
		Instant changed = this.dataVersion.current().changedAt();
		List<Entry> entries = new ArrayList<>(List.of(new Entry(SitePaths.home(), changed),
				new Entry(SitePaths.sectors(), changed), new Entry(SitePaths.methodology(), changed)));
		entries.add(new Entry(SitePaths.trackRecord(), changed));
		entries.add(new Entry(SitePaths.corrections(), changed));
		for (IndexedSector sector : this.index.sectors()) {
			for (int page = 1; page <= SitePaths.sectorPages(sector.products()); page++) {
				entries.add(new Entry(SitePaths.sector(sector.slug(), page), sector.changedAt()));
			}
		}
		return entries;
	}

	private List<Entry> productEntries(int file, int perFile) {
		List<Entry> entries = new ArrayList<>();
		for (Indexed product : this.index.products((file - 1) * perFile, perFile)) {
			entries.add(new Entry(SitePaths.product(product.slug()), product.changedAt()));
			entries.add(new Entry(SitePaths.alternatives(product.slug()), product.changedAt()));
		}
		return entries;
	}

	private List<Entry> pairEntries(int file, int perFile) {
		List<Entry> entries = new ArrayList<>();
		for (IndexedPair pair : this.index.pairs(this.properties.comparePairsPerProduct(), (file - 1) * perFile,
				perFile)) {
			entries.add(new Entry(SitePaths.compare(pair.first(), pair.second()), pair.changedAt()));
		}
		return entries;
	}

	/**
	 * One child per file, numbered from 1; an empty catalog still lists file 1 (an empty,
	 * valid sitemap).
	 */
	private List<Entry> trioEntries(int file, int perFile) {
		List<Entry> entries = new ArrayList<>();
		for (Indexed trio : this.index.trios(this.properties.comparePairsPerProduct(), (file - 1) * perFile, perFile)) {
			entries.add(new Entry(SitePaths.compareAsWritten(trio.slug()), trio.changedAt()));
		}
		return entries;
	}

	private void children(StringBuilder xml, String kind, List<IndexedFile> files) {
		if (files.isEmpty()) {
			child(xml, kind + "-1", null);
		}
		for (int file = 1; file <= files.size(); file++) {
			child(xml, kind + "-" + file, files.get(file - 1).changedAt());
		}
	}

	private void child(StringBuilder xml, String name, Instant lastmod) {
		xml.append("  <sitemap><loc>")
			.append(HtmlUtils.htmlEscape(this.site.absolute(SitePaths.sitemap(name))))
			.append("</loc>");
		if (lastmod != null) {
			xml.append("<lastmod>").append(lastmod(lastmod)).append("</lastmod>");
		}
		xml.append("</sitemap>\n");
	}

	private static Instant latest(List<Entry> entries) {
		return entries.stream().map(Entry::changedAt).max(Comparator.naturalOrder()).orElse(null);
	}

	private static String lastmod(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String header() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	}

	private record Entry(String path, Instant changedAt) {
	}

}

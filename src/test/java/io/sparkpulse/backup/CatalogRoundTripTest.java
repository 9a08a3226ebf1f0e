package io.sparkpulse.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sparkpulse.SparkpulseApplication;
import io.sparkpulse.scoring.CadenceRecomputer;
import io.sparkpulse.scoring.ScoreRecomputer;
import io.sparkpulse.support.FixedClock;
import io.sparkpulse.support.ScratchDatabase;
import io.sparkpulse.support.TestConfigurationsExcluded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports a catalog (the demo catalog plus the rows it lacks: an editor account, feed
 * sources, ingested, pending and hidden items, a retired product) from a database of its
 * own, imports it into a second, empty one, and reads every public page from both
 * applications. Both run on their own databases, with time pinned by {@link FixedClock}
 * and the page cache off, so rows other tests leave in the shared test database cannot
 * make the two differ.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogRoundTripTest {

	private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

	private final HttpClient http = HttpClient.newHttpClient();

	private ScratchDatabase sourceDatabase;

	private ScratchDatabase copyDatabase;

	private ConfigurableApplicationContext source;

	private ConfigurableApplicationContext copy;

	private byte[] exported;

	private Map<String, Long> imported;

	@BeforeAll
	void exportACatalogAndImportItIntoAnEmptyDatabase() {
		this.sourceDatabase = ScratchDatabase.create("backup_source");
		this.source = start(this.sourceDatabase, true);
		addWhatTheDemoCatalogLacks(this.source);
		this.exported = export(this.source);
		this.copyDatabase = ScratchDatabase.create("backup_copy");
		this.copy = start(this.copyDatabase, false);
		this.imported = this.copy.getBean(CatalogImport.class).importFrom(new ByteArrayInputStream(this.exported));
	}

	@AfterAll
	void dropTheDatabases() {
		for (ConfigurableApplicationContext context : Arrays.asList(this.source, this.copy)) {
			if (context != null) {
				context.close();
			}
		}
		for (ScratchDatabase database : Arrays.asList(this.sourceDatabase, this.copyDatabase)) {
			if (database != null) {
				database.close();
			}
		}
	}

	@Test
	void everyPublicPageOfTheImportedCatalogIsByteForByteTheSame() throws Exception {
		List<String> paths = publicPaths();
		List<String> different = new ArrayList<>();
		for (String path : paths) {
			HttpResponse<byte[]> original = get(this.source, path);
			HttpResponse<byte[]> restored = get(this.copy, path);
			if (original.statusCode() != restored.statusCode()
					|| !original.headers()
						.firstValue("Content-Type")
						.equals(restored.headers().firstValue("Content-Type"))
					|| !Arrays.equals(original.body(), restored.body())) {
				different.add(path + " (" + original.statusCode() + " vs " + restored.statusCode() + ")");
			}
		}
		assertThat(different).isEmpty();
		assertThat(paths).hasSizeGreaterThan(200)
			.contains("/products/firefox", "/compare/session-vs-synapse", "/compare/element-vs-session-vs-synapse",
					"/products/synapse?page=2");
	}

	@Test
	void theImportedCatalogExportsToTheSameDocument() {
		assertThat(new String(export(this.copy), StandardCharsets.UTF_8))
			.isEqualTo(new String(this.exported, StandardCharsets.UTF_8));
		assertThat(this.imported).containsEntry("products", 62L)
			.containsEntry("editorAccounts", 1L)
			.containsEntry("feedSources", 2L);
	}

	@Test
	void theDocumentIsVersionedAndHoldsEveryRevisionButNoPassword() {
		String document = new String(this.exported, StandardCharsets.UTF_8);
		assertThat(document).startsWith("{")
			.contains("\"format\" : \"sparkpulse-catalog\"", "\"version\" : 1",
					"\"exportedAt\" : \"2026-06-15T12:00:00Z\"", "\"retiredAt\" : \"2026-06-01T09:30:00Z\"",
					"\"reviewState\" : \"PENDING\"", "\"entryId\" : \"tag:example.org,2026:synapse-1.130\"")
			.doesNotContain("password", "{noop}");
		JdbcClient source = jdbc(this.source);
		JdbcClient copy = jdbc(this.copy);
		assertThat(copy.sql("select count(*) from trajectory_revision").query(Long.class).single())
			.isEqualTo(source.sql("select count(*) from trajectory_revision").query(Long.class).single())
			.isGreaterThan(61L);
	}

	@Test
	void factsAndVerdictsTravelWithTheCatalog() {
		JdbcClient source = jdbc(this.source);
		JdbcClient copy = jdbc(this.copy);
		String facts = "select string_agg(row(f.*)::text, ' ' order by product_id) from product_facts f";
		String verdicts = "select string_agg(row(v.*)::text, ' ' order by id) from verdict_revision v";
		assertThat(copy.sql(facts).query(String.class).single())
			.isEqualTo(source.sql(facts).query(String.class).single())
			.contains("Matrix homeserver");
		assertThat(copy.sql(verdicts).query(String.class).single())
			.isEqualTo(source.sql(verdicts).query(String.class).single())
			.contains("Pick **Synapse**");
	}

	@Test
	void draftsStayDraftsAndRemovedItemsStayRestorable() {
		String products = "select slug || ' ' || draft || ' ' || (retired_at is not null) from product"
				+ " where slug in ('unfinished', 'firefox') order by slug";
		String removed = "select title || ' ' || removed_at || ' ' || spark_before_removal || ' ' || hidden_before_removal"
				+ " from activity_item where removed_at is not null";
		assertThat(jdbc(this.copy).sql(products).query(String.class).list()).containsExactly("firefox false true",
				"unfinished true true");
		assertThat(jdbc(this.copy).sql(removed).query(String.class).list())
			.isEqualTo(jdbc(this.source).sql(removed).query(String.class).list())
			.hasSize(1);
	}

	@Test
	void aDocumentWrittenBeforeDraftsExistedImportsItsProductsAsPublished() {
		ScratchDatabase older = ScratchDatabase.create("backup_older");
		try (ConfigurableApplicationContext context = start(older, false)) {
			context.getBean(CatalogImport.class)
				.importFrom(new ByteArrayInputStream(
						productWith("websiteUrl", "https://example.org/hammer").getBytes(StandardCharsets.UTF_8)));
			assertThat(
					jdbc(context).sql("select draft from product where slug = 'hammer'").query(Boolean.class).single())
				.isFalse();
		}
		finally {
			older.close();
		}
	}

	@Test
	void importedAccountsKeepTheirDetailsButNotTheirPassword() {
		String sql = "select display_name || ' ' || role || ' ' || enabled || ' ' || password_hash from editor_account"
				+ " where email = 'ed@example.org'";
		assertThat(jdbc(this.source).sql(sql).query(String.class).single())
			.isEqualTo("Ed Itor EDITOR false {noop}secret-word");
		assertThat(jdbc(this.copy).sql(sql).query(String.class).single()).startsWith("Ed Itor EDITOR false {bcrypt}");
	}

	@Test
	void newRowsOfTheImportedCatalogContinueAfterTheImportedIds() {
		JdbcClient copy = jdbc(this.copy);
		long highest = copy.sql("select max(id) from activity_item").query(Long.class).single();
		TransactionTemplate rolledBack = new TransactionTemplate(this.copy.getBean(PlatformTransactionManager.class));
		long next = rolledBack.execute((status) -> {
			status.setRollbackOnly();
			return copy
				.sql("""
						insert into activity_item (product_id, occurred_on, kind, title, created_at)
						select id, date '2026-06-15', 'RELEASE', 'After the import', now() from product where slug = 'synapse'
						returning id""")
				.query(Long.class)
				.single();
		});
		assertThat(next).isEqualTo(highest + 1);
	}

	@Test
	void aDatabaseThatIsNotEmptyIsRefusedAndLeftAsItWas() {
		CatalogImport importer = this.copy.getBean(CatalogImport.class);
		assertThatThrownBy(() -> importer.importFrom(new ByteArrayInputStream(this.exported)))
			.isInstanceOf(BackupException.class)
			.hasMessageContaining("not empty");
		assertThat(export(this.copy)).isEqualTo(this.exported);
	}

	@Test
	void aDocumentOfAnotherFormatOrVersionIsRefused() {
		CatalogImport importer = this.copy.getBean(CatalogImport.class);
		assertThatThrownBy(
				() -> importer.importFrom(document("{\"format\": \"wordpress\", \"version\": 1, \"sectors\": []}")))
			.isInstanceOf(BackupException.class)
			.hasMessageContaining("Not a Sparkpulse catalog");
		assertThatThrownBy(() -> importer
			.importFrom(document("{\"format\": \"sparkpulse-catalog\", \"version\": 2, \"sectors\": []}")))
			.isInstanceOf(BackupException.class)
			.hasMessageContaining("version 2 cannot be read");
		assertThatThrownBy(() -> importer.importFrom(document("{\"format\": \"sparkpulse-catalog\", \"version\": 1,")))
			.isInstanceOf(BackupException.class)
			.hasMessageContaining("not valid JSON");
	}

	@Test
	void addressesTheAdminFormsRefuseAreRefusedByTheImportWhichWritesNothing() {
		CatalogImport importer = this.copy.getBean(CatalogImport.class);
		TransactionTemplate emptied = new TransactionTemplate(this.copy.getBean(PlatformTransactionManager.class));
		for (String url : List.of("javascript:alert(1)", "https:///no-host", "ftp://example.org/x",
				"https://example.org/a b", "data:text/html,<script>alert(1)</script>")) {
			for (String field : List.of("websiteUrl", "repositoryUrl")) {
				// The import needs an empty database: this one is emptied for the attempt
				// and put back as it was afterwards.
				emptied.executeWithoutResult((status) -> {
					jdbc(this.copy)
						.sql("truncate " + CatalogTables.ALL.stream()
							.map(CatalogTables.Table::name)
							.collect(java.util.stream.Collectors.joining(", ")) + " cascade")
						.update();
					assertThatThrownBy(() -> importer.importFrom(document(productWith(field, url))))
						.as(field + " " + url)
						.isInstanceOf(BackupException.class)
						.hasMessageContaining("\"" + field + "\" of \"products\"")
						.hasMessageContaining("admin forms refuse it too");
					status.setRollbackOnly();
				});
			}
		}
		assertThat(export(this.copy)).isEqualTo(this.exported);
	}

	private static String productWith(String field, String url) {
		String other = field.equals("websiteUrl") ? "repositoryUrl" : "websiteUrl";
		return """
				{"format": "sparkpulse-catalog", "version": 1,
				 "sectors": [{"id": 1, "slug": "tools", "name": "Tools", "description": "Tools.", "version": 0,
				              "createdAt": "2026-01-01T00:00:00Z"}],
				 "themes": [],
				 "products": [{"id": 1, "slug": "hammer", "name": "Hammer", "sectorId": 1, "headline": "Hits things.",
				               "summary": "", "%s": %s, "%s": null, "retiredAt": null, "version": 0,
				               "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z",
				               "contentChangedAt": "2026-01-01T00:00:00Z"}]}
				""".formatted(field, JsonMapper.builder().build().writeValueAsString(url), other);
	}

	private List<String> publicPaths() throws IOException, InterruptedException {
		Set<String> paths = new LinkedHashSet<>(List.of("/", "/sectors", "/methodology", "/feed.atom", "/robots.txt",
				"/sitemap.xml", "/search?q=matrix", "/search?q=synpase", "/compare/session-vs-synapse",
				"/compare/element-vs-session-vs-synapse", "/compare/firefox-vs-synapse",
				"/compare/session-vs-synapse/feed.atom", "/cards/site.png", "/cards/products/synapse.png"));
		for (String child : locations(get(this.source, "/sitemap.xml"))) {
			paths.add(child);
			List<String> listed = locations(get(this.source, child));
			// Every product and sector page is fetched below; of the many compare pairs,
			// a sample.
			for (int i = 0; i < listed.size(); i++) {
				if (!listed.get(i).startsWith("/compare/") || i % 10 == 0) {
					paths.add(listed.get(i));
				}
			}
		}
		JdbcClient jdbc = jdbc(this.source);
		for (String sector : jdbc.sql("select slug from sector order by id").query(String.class).list()) {
			paths.add("/sectors/" + sector);
			paths.add("/sectors/" + sector + "/feed.atom");
		}
		for (String product : jdbc.sql("select slug from product order by id").query(String.class).list()) {
			paths.add("/products/" + product);
			paths.add("/products/" + product + "/feed.atom");
			paths.add("/alternatives/" + product);
			String page = "/products/" + product;
			for (int number = 2; new String(get(this.source, page).body(), StandardCharsets.UTF_8)
				.contains("rel=\"next\""); number++) {
				page = "/products/" + product + "?page=" + number;
				paths.add(page);
			}
		}
		return new ArrayList<>(paths);
	}

	private List<String> locations(HttpResponse<byte[]> sitemap) {
		String base = this.source.getEnvironment().getProperty("sparkpulse.site.base-url");
		List<String> paths = new ArrayList<>();
		Matcher matcher = LOC.matcher(new String(sitemap.body(), StandardCharsets.UTF_8));
		while (matcher.find()) {
			paths.add(matcher.group(1).replace("&amp;", "&").substring(base.length()));
		}
		return paths;
	}

	private HttpResponse<byte[]> get(ConfigurableApplicationContext context, String path)
			throws IOException, InterruptedException {
		String port = context.getEnvironment().getProperty("local.server.port");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void addWhatTheDemoCatalogLacks(ConfigurableApplicationContext context) {
		JdbcClient jdbc = jdbc(context);
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
			jdbc.sql(
					"""
							insert into editor_account (email, display_name, role, password_hash, enabled, created_at, updated_at)
							values ('ed@example.org', 'Ed Itor', 'EDITOR', '{noop}secret-word', false,
							        timestamptz '2026-05-01 10:00Z', timestamptz '2026-05-02 10:00Z')""")
				.update();
			jdbc.sql(
					"""
							insert into feed_source (product_id, url, kind, next_fetch_at, etag, last_success_at, removed_at,
							                         created_at, updated_at)
							select id, url, kind, timestamptz '2026-06-15 13:00Z', '"v1"', timestamptz '2026-06-15 11:00Z', removed,
							       timestamptz '2026-05-01 10:00Z', timestamptz '2026-05-03 10:00Z'
							from product, (values ('https://example.org/synapse/releases.atom', 'RELEASES', null::timestamptz),
							                      ('https://example.org/synapse/blog.atom', 'BLOG', timestamptz '2026-06-01 08:00Z'))
							     as s (url, kind, removed)
							where slug = 'synapse'""")
				.update();
			jdbc.sql(
					"""
							insert into activity_item (product_id, occurred_on, kind, title, summary, source_url, spark, hidden,
							                           review_state, feed_source_id, entry_id, created_at)
							select s.product_id, i.occurred_on, i.kind, i.title, i.summary, i.url, i.spark, i.hidden, i.state,
							       s.id, i.entry, timestamptz '2026-06-14 07:15:30.123456Z'
							from feed_source s,
							     (values (date '2026-06-14', 'RELEASE', 'Synapse 1.130', 'Waits for an editor', 'https://example.org/1.130',
							              false, false, 'PENDING', 'tag:example.org,2026:synapse-1.130'),
							             (date '2026-06-12', 'SECURITY_RELEASE', 'Synapse 1.129.1', null, null,
							              true, false, 'REVIEWED', 'tag:example.org,2026:synapse-1.129.1'),
							             (date '2026-06-10', 'ANNOUNCEMENT', 'A post nobody should see', null, null,
							              false, true, 'REVIEWED', 'tag:example.org,2026:hidden'))
							     as i (occurred_on, kind, title, summary, url, spark, hidden, state, entry)
							where s.url = 'https://example.org/synapse/releases.atom'""")
				.update();
			jdbc.sql("update product set retired_at = timestamptz '2026-06-01 09:30Z' where slug = 'firefox'").update();
			jdbc.sql(
					"""
							insert into product (slug, name, sector_id, headline, summary, retired_at, draft, created_at, updated_at,
							                     content_changed_at)
							select 'unfinished', 'Unfinished', id, 'Not public yet', '', timestamptz '2026-06-02 09:00Z', true,
							       timestamptz '2026-06-02 09:00Z', timestamptz '2026-06-02 09:00Z', timestamptz '2026-06-02 09:00Z'
							from sector where slug = 'comms'""")
				.update();
			jdbc.sql("""
					update activity_item set removed_at = timestamptz '2026-06-13 08:00Z', spark_before_removal = true,
					                         hidden_before_removal = false, spark = false, hidden = true
					where title = 'A post nobody should see'""").update();
		});
		context.getBean(ScoreRecomputer.class).recomputeAll();
		context.getBean(CadenceRecomputer.class).recomputeAll();
	}

	private static byte[] export(ConfigurableApplicationContext context) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		context.getBean(CatalogExport.class).exportTo(out);
		return out.toByteArray();
	}

	private static ByteArrayInputStream document(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	/**
	 * FixedClock, imported under its class name (as a source of its own its bean and
	 * class names clash).
	 */
	@Import(FixedClock.class)
	static class PinnedClock {

	}

	private static ConfigurableApplicationContext start(ScratchDatabase database, boolean demo) {
		return new SpringApplicationBuilder(SparkpulseApplication.class, PinnedClock.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("testConfigurationsExcluded", new TestConfigurationsExcluded()))
			.run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.datasource.hikari.maximum-pool-size=4", "--spring.datasource.hikari.minimum-idle=1",
					"--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
					"--sparkpulse.cache.enabled=false", "--sparkpulse.ingest.polling-enabled=false",
					"--sparkpulse.demo.load-when-empty=" + demo, "--spring.main.banner-mode=off");
	}

}

package io.sparkpulse.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import io.sparkpulse.activity.ActivityKind;

/**
 * What a synthetic catalog of a given size holds, decided from a seed alone (the same
 * seed and size always give the same catalog), without a database. It is shaped like a
 * real one, because the benchmark measures the site on it:
 * <ul>
 * <li>20 sectors of unequal size and {@value #THEMES} themes whose use follows a Zipf law
 * (a few themes are on a large share of the products, most on few), 3 to 6 ranked themes
 * per product;</li>
 * <li>activity spread log-normally over products: a few very active products (thousands
 * of moves), a median one with a third of the mean, some with none; 40% of the products
 * stopped shipping at some point, so their scores have decayed to zero;</li>
 * <li>moves dated over the last {@value #HISTORY_DAYS} days up to today, delivered oldest
 * first as an ingester would have written them, kinds in fixed proportions (mostly
 * releases), one in 200 a spark;</li>
 * <li>one or two trajectory revisions per product.</li>
 * </ul>
 * Texts are neutral sentences built from word lists; web addresses use the reserved
 * {@code .example} domain.
 */
public final class SyntheticCatalogPlan {

	static final int THEMES = 300;

	static final int HISTORY_DAYS = 730;

	static final String AUTHOR = "Synthetic catalog";

	private static final int MIN_THEMES = 3;

	private static final int MAX_THEMES = 6;

	/**
	 * Spread of per-product activity: with 1.5 the median product has a third of the mean
	 * and the busiest of 100,000 about 200 times the mean.
	 */
	private static final double ACTIVITY_SIGMA = 1.5;

	private static final double DORMANT_SHARE = 0.4;

	private static final int SPARK_ONE_IN = 200;

	private static final ActivityKind[] KINDS = { ActivityKind.RELEASE, ActivityKind.RELEASE_CANDIDATE,
			ActivityKind.SECURITY_RELEASE, ActivityKind.ANNOUNCEMENT, ActivityKind.BUSINESS };

	/** Shares of {@link #KINDS}, in per cent. */
	private static final int[] KIND_PERCENT = { 45, 15, 8, 22, 10 };

	private static final String[] SECTORS = { "Databases", "Browsers", "Web frameworks", "Observability", "AI tooling",
			"Team chat", "Mobile frameworks", "Game engines", "Code editors", "Build and CI", "Container platforms",
			"Message brokers", "Search engines", "Static site generators", "Operating systems", "Programming languages",
			"Security tools", "Data pipelines", "Design tools", "Package managers" };

	private static final String[] THEME_PREFIXES = { "Realtime", "Edge", "Vector", "Streaming", "Serverless",
			"Embedded", "Distributed", "Incremental", "Typed", "Reactive", "Declarative", "Federated", "Offline",
			"Encrypted", "Columnar", "Local-first", "Open", "Managed", "Parallel", "Portable" };

	private static final String[] THEME_SUBJECTS = { "sync", "search", "storage", "rendering", "queries", "builds",
			"messaging", "analytics", "auth", "caching", "compilation", "deployment", "tracing", "scheduling",
			"testing" };

	private static final String[] ADJECTIVES = { "Amber", "Arctic", "Bold", "Brisk", "Bright", "Calm", "Cedar", "Clear",
			"Cobalt", "Coral", "Crimson", "Daring", "Deep", "Eager", "Early", "Fair", "Fleet", "Golden", "Granite",
			"Hidden", "Iron", "Jade", "Keen", "Lively", "Lunar", "Misty", "Nimble", "Noble", "Oaken", "Polar", "Quiet",
			"Rapid", "Ruby", "Silent", "Silver", "Solar", "Steady", "Swift", "Tidal", "Vivid" };

	private static final String[] NOUNS = { "Falcon", "Harbor", "Lantern", "Meadow", "Comet", "Beacon", "Canyon",
			"Otter", "Summit", "Willow", "Anchor", "Badger", "Cinder", "Delta", "Ember", "Fjord", "Glacier", "Heron",
			"Island", "Juniper", "Kestrel", "Lagoon", "Maple", "Nebula", "Orchid", "Pebble", "Quartz", "Raven",
			"Sparrow", "Thistle", "Tundra", "Valley", "Walrus", "Yarrow", "Zephyr", "Bison", "Crane", "Dune", "Finch",
			"Grove", "Hollow", "Lynx", "Marten", "Pine", "Reef", "Sable", "Spruce", "Tern", "Vale", "Wren" };

	private static final String[] ANNOUNCEMENTS = { "a public roadmap", "a plugin API", "long-term support releases",
			"a new documentation site", "a security audit", "a migration guide", "a community conference",
			"a hosted preview", "a new governance model", "a deprecation schedule" };

	private static final String[] BUSINESS_NEWS = { "team raises a funding round", "moves to a foundation",
			"changes its license", "opens a paid support plan", "is acquired", "hires a new maintainer team",
			"launches a hosted offering", "publishes its annual report" };

	private final long seed;

	private final Instant now;

	private final LocalDate today;

	private final List<Sector> sectors;

	private final List<Theme> themes;

	private final List<Product> products;

	private final long activityTotal;

	private SyntheticCatalogPlan(long seed, Instant now, List<Sector> sectors, List<Theme> themes,
			List<Product> products, long activityTotal) {
		this.seed = seed;
		this.now = now;
		this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		this.sectors = sectors;
		this.themes = themes;
		this.products = products;
		this.activityTotal = activityTotal;
	}

	/**
	 * Plans a catalog of {@code productCount} products and exactly {@code activityCount}
	 * activity items, dated up to the day of {@code now}.
	 */
	public static SyntheticCatalogPlan of(int productCount, long activityCount, long seed, Instant now) {
		if (productCount < 1) {
			throw new IllegalArgumentException("A synthetic catalog needs at least one product");
		}
		if (activityCount < 0 || activityCount > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("Activity items must be between 0 and " + (Integer.MAX_VALUE - 8));
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Sector> sectors = new ArrayList<>(SECTORS.length);
		for (String name : SECTORS) {
			sectors.add(new Sector(slug(name), name,
					"Synthetic " + name.toLowerCase(Locale.ROOT) + " products, generated for load testing."));
		}
		List<Theme> themes = new ArrayList<>(THEMES);
		for (String subject : THEME_SUBJECTS) {
			for (String prefix : THEME_PREFIXES) {
				String name = prefix + " " + subject;
				themes.add(new Theme(slug(name), name));
			}
		}
		Zipf sectorSizes = new Zipf(sectors.size(), 0.6);
		Zipf themeUse = new Zipf(themes.size(), 0.8);
		int[] activity = spread(productCount, activityCount, random);
		List<Product> products = new ArrayList<>(productCount);
		for (int i = 0; i < productCount; i++) {
			products.add(product(i, sectorSizes.sample(random), rankedThemes(themeUse, random), activity[i], random,
					sectors, themes));
		}
		return new SyntheticCatalogPlan(seed, now, List.copyOf(sectors), List.copyOf(themes), List.copyOf(products),
				activityCount);
	}

	List<Sector> sectors() {
		return this.sectors;
	}

	List<Theme> themes() {
		return this.themes;
	}

	List<Product> products() {
		return this.products;
	}

	long activityTotal() {
		return this.activityTotal;
	}

	Instant now() {
		return this.now;
	}

	/**
	 * Every product's trajectory revisions, the older revision first.
	 */
	void forEachRevision(Consumer<Revision> sink) {
		for (Product product : this.products) {
			SplittableRandom random = randomFor(product.index(), 0x7261_7669L);
			int revisions = (random.nextInt(100) < 35) ? 2 : 1;
			int daysAgo = 30 + random.nextInt(HISTORY_DAYS - 30);
			if (revisions == 2) {
				sink.accept(new Revision(product.index(), 1, product.name() + " finds its footing",
						product.name() + " has shipped its first stable releases and gathered early users.",
						"Towards a wider audience", "Expect the interfaces to settle and the documentation to grow.",
						ago(daysAgo)));
				daysAgo = random.nextInt(daysAgo);
			}
			sink.accept(currentRevision(product, revisions, ago(daysAgo)));
		}
	}

	/**
	 * Every activity item, oldest first: per product, the dates and kinds are drawn from
	 * the product's own seed; then all items are ordered by day, and release titles
	 * number versions upwards in that order.
	 */
	void forEachActivity(Consumer<Activity> sink) {
		int total = (int) this.activityTotal;
		int[] productOf = new int[total];
		short[] daysAgoOf = new short[total];
		byte[] kindAndSpark = new byte[total];
		int[] perDay = new int[HISTORY_DAYS + 1];
		int at = 0;
		for (Product product : this.products) {
			SplittableRandom random = randomFor(product.index(), 0x6163_7469L);
			for (int n = 0; n < product.activityCount(); n++) {
				int daysAgo = product.lastDaysAgo()
						+ random.nextInt(product.firstDaysAgo() - product.lastDaysAgo() + 1);
				productOf[at] = product.index();
				daysAgoOf[at] = (short) daysAgo;
				kindAndSpark[at] = (byte) (kindIndex(random.nextInt(100))
						| ((random.nextInt(SPARK_ONE_IN) == 0) ? 8 : 0));
				perDay[daysAgo]++;
				at++;
			}
		}
		// Counting sort by day, oldest first: the order in which an ingester would have
		// stored them.
		int[] order = new int[total];
		int[] next = new int[HISTORY_DAYS + 1];
		int offset = 0;
		for (int daysAgo = HISTORY_DAYS; daysAgo >= 0; daysAgo--) {
			next[daysAgo] = offset;
			offset += perDay[daysAgo];
		}
		for (int i = 0; i < total; i++) {
			order[next[daysAgoOf[i]]++] = i;
		}
		Versions versions = new Versions(this.products.size());
		for (int i : order) {
			Product product = this.products.get(productOf[i]);
			ActivityKind kind = KINDS[kindAndSpark[i] & 7];
			int sequence = versions.next(product.index(), kind);
			sink.accept(new Activity(product.index(), this.today.minusDays(daysAgoOf[i]), kind,
					versions.title(product, kind, sequence), summary(product, kind, sequence),
					(sequence % 7 == 0) ? null : "https://" + product.slug() + ".example/news/" + sequence,
					(kindAndSpark[i] & 8) != 0));
		}
	}

	private Revision currentRevision(Product product, int revision, Instant at) {
		if (product.lastDaysAgo() > 0) {
			return new Revision(product.index(), revision, product.name() + " has gone quiet",
					product.name() + " has not shipped for a while; its last releases were maintenance work.",
					"Maintenance mode", "Expect occasional fixes rather than new features.", at);
		}
		if (product.activityCount() > 2 * this.activityTotal / this.products.size()) {
			return new Revision(product.index(), revision, product.name() + " ships at a fast, steady pace",
					product.name() + " releases often and its release candidates turn into releases quickly.",
					"Broadening its feature set",
					"Expect the pace to hold while the maintainers keep their current cadence.", at);
		}
		return new Revision(product.index(), revision, product.name() + " moves at a measured pace",
				product.name() + " ships a few releases a season, mostly incremental improvements.", "Consolidation",
				"Expect steady, unremarkable progress.", at);
	}

	private String summary(Product product, ActivityKind kind, int sequence) {
		if (sequence % 3 != 0) {
			return null;
		}
		return "Notes for this " + kind.label().toLowerCase(Locale.ROOT) + " of " + product.name() + " cover "
				+ this.themes.get(product.themes().get(0)).name().toLowerCase(Locale.ROOT) + ".";
	}

	private Instant ago(int days) {
		return this.now.minus(Duration.ofDays(days));
	}

	private SplittableRandom randomFor(int productIndex, long stream) {
		return new SplittableRandom(this.seed ^ stream ^ (0x9E37_79B9_7F4A_7C15L * (productIndex + 1L)));
	}

	private static Product product(int index, int sector, List<Integer> themes, int activity, SplittableRandom random,
			List<Sector> sectors, List<Theme> allThemes) {
		String base = ADJECTIVES[index % ADJECTIVES.length] + " " + NOUNS[(index / ADJECTIVES.length) % NOUNS.length];
		int generation = index / (ADJECTIVES.length * NOUNS.length);
		String name = (generation == 0) ? base : base + " " + (generation + 1);
		String slug = slug(name);
		int firstDaysAgo = 60 + random.nextInt(HISTORY_DAYS - 60 + 1);
		int lastDaysAgo = (random.nextDouble() < DORMANT_SHARE) ? 30 + random.nextInt(firstDaysAgo - 30 + 1) : 0;
		String sectorName = sectors.get(sector).name().toLowerCase(Locale.ROOT);
		String headline = "Synthetic " + sectorName + " for "
				+ allThemes.get(themes.get(0)).name().toLowerCase(Locale.ROOT) + " and "
				+ allThemes.get(themes.get(1)).name().toLowerCase(Locale.ROOT);
		String summary = name + " is a generated product in " + sectorName + ". Its themes, trajectory and activity "
				+ "are synthetic and exist to exercise Sparkpulse at scale.";
		String repository = (index % 10 < 7) ? "https://git.example/" + slug : null;
		return new Product(index, slug, name, sector, headline, summary, "https://" + slug + ".example", repository,
				themes, activity, firstDaysAgo, lastDaysAgo);
	}

	private static List<Integer> rankedThemes(Zipf themeUse, SplittableRandom random) {
		int count = MIN_THEMES + random.nextInt(MAX_THEMES - MIN_THEMES + 1);
		List<Integer> ranked = new ArrayList<>(count);
		while (ranked.size() < count) {
			int theme = themeUse.sample(random);
			if (!ranked.contains(theme)) {
				ranked.add(theme);
			}
		}
		return List.copyOf(ranked);
	}

	/**
	 * Splits {@code total} items over the products in log-normal proportions, summing
	 * exactly to the total.
	 */
	private static int[] spread(int products, long total, SplittableRandom random) {
		double[] weights = new double[products];
		double sum = 0;
		for (int i = 0; i < products; i++) {
			weights[i] = Math.exp(ACTIVITY_SIGMA * random.nextGaussian());
			sum += weights[i];
		}
		int[] counts = new int[products];
		long assigned = 0;
		for (int i = 0; i < products; i++) {
			counts[i] = (int) Math.floor(total * weights[i] / sum);
			assigned += counts[i];
		}
		for (long left = total - assigned; left > 0; left--) {
			counts[random.nextInt(products)]++;
		}
		return counts;
	}

	private static int kindIndex(int percentile) {
		int bound = 0;
		for (int k = 0; k < KIND_PERCENT.length; k++) {
			bound += KIND_PERCENT[k];
			if (percentile < bound) {
				return k;
			}
		}
		return 0;
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	record Sector(String slug, String name, String description) {
	}

	record Theme(String slug, String name) {
	}

	/**
	 * A product; {@code themes} are indexes into the plan's themes, rank 1 first, and its
	 * moves fall between {@code firstDaysAgo} and {@code lastDaysAgo} (0 when it still
	 * ships).
	 */
	record Product(int index, String slug, String name, int sector, String headline, String summary, String websiteUrl,
			String repositoryUrl, List<Integer> themes, int activityCount, int firstDaysAgo, int lastDaysAgo) {
	}

	record Revision(int product, int revision, String headline, String currentState, String heading, String prediction,
			Instant createdAt) {
	}

	record Activity(int product, LocalDate occurredOn, ActivityKind kind, String title, String summary,
			String sourceUrl, boolean spark) {
	}

	/**
	 * Each product's version line, advanced as its moves are replayed oldest first, so
	 * that release titles count upwards over time.
	 */
	private static final class Versions {

		private final int[] major;

		private final int[] minor;

		private final int[] patch;

		private final int[] candidate;

		private final int[] moves;

		Versions(int products) {
			this.major = new int[products];
			this.minor = new int[products];
			this.patch = new int[products];
			this.candidate = new int[products];
			this.moves = new int[products];
			Arrays.fill(this.major, 1);
		}

		int next(int product, ActivityKind kind) {
			int sequence = ++this.moves[product];
			if (kind == ActivityKind.RELEASE) {
				if (sequence % 3 != 0) {
					this.patch[product]++;
				}
				else if (this.minor[product] == 19) {
					this.major[product]++;
					this.minor[product] = 0;
					this.patch[product] = 0;
				}
				else {
					this.minor[product]++;
					this.patch[product] = 0;
				}
				this.candidate[product] = 0;
			}
			else if (kind == ActivityKind.RELEASE_CANDIDATE) {
				this.candidate[product]++;
			}
			else if (kind == ActivityKind.SECURITY_RELEASE) {
				this.patch[product]++;
			}
			return sequence;
		}

		String title(Product product, ActivityKind kind, int sequence) {
			int p = product.index();
			String version = this.major[p] + "." + this.minor[p] + "." + this.patch[p];
			if (kind == ActivityKind.RELEASE) {
				return product.name() + " " + version;
			}
			if (kind == ActivityKind.RELEASE_CANDIDATE) {
				return product.name() + " " + this.major[p] + "." + (this.minor[p] + 1) + ".0 release candidate "
						+ this.candidate[p];
			}
			if (kind == ActivityKind.SECURITY_RELEASE) {
				return product.name() + " " + version + " security release";
			}
			if (kind == ActivityKind.ANNOUNCEMENT) {
				return product.name() + " announces " + ANNOUNCEMENTS[sequence % ANNOUNCEMENTS.length];
			}
			return product.name() + " " + BUSINESS_NEWS[sequence % BUSINESS_NEWS.length];
		}

	}

	/**
	 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s.
	 */
	private static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double s) {
			this.cumulative = new double[n];
			double sum = 0;
			for (int k = 0; k < n; k++) {
				sum += 1 / Math.pow(k + 1, s);
				this.cumulative[k] = sum;
			}
			for (int k = 0; k < n; k++) {
				this.cumulative[k] /= sum;
			}
		}

		int sample(SplittableRandom random) {
			int found = Arrays.binarySearch(this.cumulative, random.nextDouble());
			return Math.min((found >= 0) ? found : -found - 1, this.cumulative.length - 1);
		}

	}

}

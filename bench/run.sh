#!/usr/bin/env bash
# Benchmarks Sparkpulse on a generated catalog against nginx serving the same bytes, on loopback only.
#
#   bench/run.sh S          # catalog S: 1,000 products / 100,000 activity items
#   bench/run.sh L          # catalog L: 100,000 products / 5,000,000 activity items (generation takes minutes)
#   bench/run.sh S L        # both, plus the flat-cost ratio (crawl p50 L / S)
#
# Scenarios: 1 hot compare page, 2 revalidation, 3 crawl, 5 peak RSS, 6 start-up recompute (see README),
# 7 searches for common words (p95 latency at 4 connections), and 8 reads under writes: scenarios 1-3 again
# while a write stream adds BENCH_WRITES_PER_SECOND activity items a second to random products through the
# editors' own write path (the admin form POST /admin/products/{id}/activity, signed in as a bench editor that
# the app bootstraps), printed side by side with the figures without writes. Each crawl reports the share of
# requests that were rendered (the app's sparkpulse.pages.rendered counter) and the Java CPU time per rendered
# page (utime + stime of the app process from /proc/<pid>/stat, divided by the pages rendered).
#
# Needs wrk, nginx, curl, PostgreSQL client tools (createdb, dropdb, psql) and a PostgreSQL it may create
# databases in; installs nothing. Prints a markdown summary and writes it to bench/results/<date>.md.
#
# Settings (environment):
#   BENCH_SECONDS=20         measured seconds per scenario (each scenario is bounded by it; warm-ups take 15 s, 30 s for the crawl)
#   BENCH_PORT=18080         the app's loopback port; nginx uses BENCH_PORT+1
#   BENCH_PG="-h 127.0.0.1 -U postgres"   options for psql/createdb/dropdb; the JDBC URL uses BENCH_PG_HOST/PORT
#   BENCH_JAVAS="25 17"      which JVMs to measure: 25 = $JAVA25_HOME, 17 = $JAVA17_HOME
#   JAVA25_HOME=/usr/lib/jvm/temurin-25-jdk-amd64  JAVA17_HOME=/usr/lib/jvm/java-17-openjdk-amd64
#   BENCH_KEEP_DB=1          keep the generated databases (sparkpulse_bench_s / _l) and reuse them next time
#   BENCH_SKIP_BUILD=1       use the jar already in target/ instead of building it
#   BENCH_MIRROR_SECONDS=300 time allowed to save the crawl pages for nginx (it crawls those saved by then)
#   BENCH_WRITES_PER_SECOND=5  activity items a second written during scenario 8 (0 skips it)
#   BENCH_BASELINE=<commit>  also build that commit's jar (in a temporary git worktree) and crawl it in the same
#                            run, on the first Java of BENCH_JAVAS, so before/after crawl figures sit side by side
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/bench"
SECONDS_PER_SCENARIO="${BENCH_SECONDS:-20}"
WARMUP_SECONDS=15
# Rendering warms up slower than replaying: a Java 25 crawl measured after 15 s of warm-up served 187 pages/s,
# the same build after 30 s about 250 (the JIT was still compiling Thymeleaf and Spring).
CRAWL_WARMUP_SECONDS=30
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
APP_PORT="${BENCH_PORT:-18080}"
NGINX_PORT=$((APP_PORT + 1))
PG_OPTS="${BENCH_PG:--h 127.0.0.1 -U postgres}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
JAVAS="${BENCH_JAVAS:-25 17}"
JAVA25_HOME="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA17_HOME="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
CRAWL_URLS=20000
MIRROR_SECONDS="${BENCH_MIRROR_SECONDS:-300}"
WRITES_PER_SECOND="${BENCH_WRITES_PER_SECOND:-5}"
BASELINE="${BENCH_BASELINE:-}"
# The bench editor whom the app creates at start-up (only while no admin exists) and the write stream signs in as.
WRITER_EMAIL="bench-writer@sparkpulse.test"
WRITER_PASSWORD="bench-writer-passphrase"
CLOCK_TICKS="$(getconf CLK_TCK)"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(S)

say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

# ---------------------------------------------------------------- prerequisites (nothing is installed here)
missing=()
for tool in wrk nginx curl psql createdb dropdb; do
	command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
	die "missing: ${missing[*]}. On Debian/Ubuntu: apt-get install -y wrk nginx curl postgresql-client"
fi
for size in "${SIZES[@]}"; do
	case "$size" in S | L) ;; *) die "unknown catalog size '$size': use S and/or L" ;; esac
done
for v in $JAVAS; do
	home_var="JAVA${v}_HOME"
	[ -x "${!home_var}/bin/java" ] || die "no Java $v at ${!home_var} (set $home_var)"
done
psql $PG_OPTS -d postgres -Atqc 'select 1' >/dev/null || die "cannot reach PostgreSQL with: psql $PG_OPTS"
for port in "$APP_PORT" "$NGINX_PORT"; do
	if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
		die "something already answers on 127.0.0.1:$port (set BENCH_PORT)"
	fi
done

# ---------------------------------------------------------------- cleanup of everything this run starts
WORK="$(mktemp -d /tmp/sparkpulse-bench.XXXXXX)"
chmod 755 "$WORK" # nginx workers run as an unprivileged user and read the pages from here
APP_PID=""
NGINX_PID=""
WRITER_PID=""
BASELINE_TREE=""
CREATED_DBS=()
cleanup() {
	local status=$?
	set +e
	if [ -n "$WRITER_PID" ] && kill -0 "$WRITER_PID" 2>/dev/null; then
		kill "$WRITER_PID"
	fi
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$APP_PID" 2>/dev/null
	fi
	if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
		kill -QUIT "$NGINX_PID"
		for _ in $(seq 1 10); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$NGINX_PID" 2>/dev/null
	fi
	if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
		for db in "${CREATED_DBS[@]}"; do
			dropdb $PG_OPTS --if-exists --force "$db" || say "could not drop database $db"
		done
	fi
	if [ "$status" != 0 ]; then
		local kept="/tmp/sparkpulse-bench-failed-$(date -u +%Y%m%d%H%M%S)"
		mkdir -p "$kept" && cp "$WORK"/*.log "$kept"/ 2>/dev/null
		say "failed (status $status); logs kept in $kept"
	fi
	if [ -n "$BASELINE_TREE" ]; then
		git -C "$ROOT" worktree remove --force "$BASELINE_TREE" || say "could not remove the worktree $BASELINE_TREE"
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- build once
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
	say "building the jar (tests skipped: run ./mvnw verify for those)"
	(cd "$ROOT" && timeout 1200 ./mvnw -B -q package -DskipTests) >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
fi
JAR="$(ls "$ROOT"/target/sparkpulse-*.jar 2>/dev/null | grep -v plain | head -1)"
[ -n "$JAR" ] || die "no jar in target/"
# The app runs as the Docker image runs it: extracted into plain jars (see Dockerfile).
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null || die "could not extract $JAR"
APP_JAR="$WORK/app/$(basename "$JAR")"
DEFAULT_JAVA="$JAVA17_HOME/bin/java"

# The jar of an earlier commit, built in a temporary worktree, for before/after crawl figures from one run. It
# runs on the same database: Flyway ignores the newer migrations it does not know.
BASELINE_JAR=""
if [ -n "$BASELINE" ]; then
	BASELINE_SHORT="$(git -C "$ROOT" rev-parse --short "$BASELINE^{commit}")" || die "no commit $BASELINE"
	BASELINE_TREE="$WORK/baseline-src"
	say "building the baseline jar of $BASELINE_SHORT in a temporary worktree"
	git -C "$ROOT" worktree add --detach "$BASELINE_TREE" "$BASELINE_SHORT" >"$WORK/baseline-build.log" 2>&1 \
		|| { cat "$WORK/baseline-build.log" >&2; die "could not check out $BASELINE"; }
	(cd "$BASELINE_TREE" && timeout 1200 ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip=true) \
		>>"$WORK/baseline-build.log" 2>&1 || { tail -40 "$WORK/baseline-build.log" >&2; die "the baseline build failed"; }
	built="$(ls "$BASELINE_TREE"/target/sparkpulse-*.jar 2>/dev/null | grep -v plain | head -1)"
	[ -n "$built" ] || die "no jar in the baseline's target/"
	java -Djarmode=tools -jar "$built" extract --destination "$WORK/baseline-app" >/dev/null \
		|| die "could not extract $built"
	BASELINE_JAR="$WORK/baseline-app/$(basename "$built")"
fi

# ---------------------------------------------------------------- results
declare -A R   # R[size,key] = value
ROWS=()        # markdown rows of the scenario table

# Runs wrk; prints "rps p50_ms p99_ms failed socket_errors requests".
drive() { # url connections seconds [wrk args...]
	local url="$1" connections="$2" seconds="$3"
	shift 3
	local out
	out="$(BENCH_WRK_DIR="$BENCH_DIR/wrk" timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s "$@" "$url")"
	echo "$out" >>"$WORK/wrk.log"
	echo "$out" | awk '/^BENCH /{
		for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		printf "%s %.2f %.2f %s %s %s\n", v["rps"], v["p50_us"] / 1000, v["p99_us"] / 1000, v["failed"], v["socket_errors"], v["requests"] }'
}

# Like drive, with the 95th percentile: prints "rps p50_ms p95_ms p99_ms failed socket_errors requests".
drive_p95() { # url connections seconds [wrk args...]
	local url="$1" connections="$2" seconds="$3"
	shift 3
	local out
	out="$(BENCH_WRK_DIR="$BENCH_DIR/wrk" timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s "$@" "$url")"
	echo "$out" >>"$WORK/wrk.log"
	echo "$out" | awk '/^BENCH /{
		for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		printf "%s %.2f %.2f %.2f %s %s %s\n", v["rps"], v["p50_us"] / 1000, v["p95_us"] / 1000, v["p99_us"] / 1000,
			v["failed"], v["socket_errors"], v["requests"] }'
}

row() { # size scenario server connections "rps p50 p99 failed socket requests" note
	local size="$1" scenario="$2" server="$3" connections="$4" figures="$5" note="${6:-}"
	read -r rps p50 p99 failed socket requests <<<"$figures"
	ROWS+=("| $size | $scenario | $server | $connections | $(printf '%.0f' "$rps") | $p50 | $p99 | $failed | $socket | $note |")
	say "$size $scenario $server: $(printf '%.0f' "$rps") req/s, p50 $p50 ms, p99 $p99 ms, $failed responses >= 400, $socket socket errors"
}

# Pages rendered so far (requests the page cache passed on), read from the management port.
page_cache_misses() {
	curl -fs "http://127.0.0.1:$((APP_PORT + 2))/actuator/prometheus" \
		| awk '/^sparkpulse_pages_rendered_total/ { printf "%.0f", $2; found = 1 } END { if (!found) print 0 }'
}

field() { echo "$1" | awk -v n="$2" '{ print $n }'; }

sql() { PGOPTIONS='-c statement_timeout=600000' psql $PG_OPTS -d "$1" -Atq -v ON_ERROR_STOP=1 -c "set search_path = sparkpulse" -c "$2"; }

wait_ready() { # port pid log
	for _ in $(seq 1 240); do
		if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(($1 + 2))/actuator/health/readiness"; then return 0; fi
		kill -0 "$2" 2>/dev/null || { tail -40 "$3" >&2; die "the app died while starting (log above)"; }
		sleep 1
	done
	die "the app was not ready within 240 s"
}

# Starts an app jar on the bench database and waits until it is ready; sets APP_PID.
start_app() { # java jar jdbc log
	SPARKPULSE_ADMIN_EMAIL="$WRITER_EMAIL" SPARKPULSE_ADMIN_PASSWORD="$WRITER_PASSWORD" SPARKPULSE_ADMIN_NAME="Bench writer" \
		"$1" -Xmx384m -jar "$2" --server.address=127.0.0.1 --server.port="$APP_PORT" \
		--management.server.port=$((APP_PORT + 2)) --sparkpulse.ingest.polling-enabled=false \
		--spring.datasource.url="$3" --sparkpulse.demo.load-when-empty=false \
		--sparkpulse.site.base-url="http://127.0.0.1:$APP_PORT" >"$4" 2>&1 &
	APP_PID=$!
	wait_ready "$APP_PORT" "$APP_PID" "$4"
}

stop_app() {
	kill "$APP_PID"
	for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
	kill -9 "$APP_PID" 2>/dev/null || true
	APP_PID=""
}

# CPU time the app process has used so far, in milliseconds (user + system, from /proc/<pid>/stat).
app_cpu_ms() {
	awk -v hz="$CLOCK_TICKS" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$APP_PID/stat"
}

# Crawls for BENCH_SECONDS; prints the wrk figures followed by "rendered cpu_ms".
crawl_measured() { # base urls
	local before_rendered before_cpu figures
	before_rendered="$(page_cache_misses)"
	before_cpu="$(app_cpu_ms)"
	figures="$(BENCH_URLS="$2" drive "$1" 16 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/crawl.lua")"
	echo "$figures $(($(page_cache_misses) - before_rendered)) $(($(app_cpu_ms) - before_cpu))"
}

# "N of M requests rendered (P%), C ms of Java CPU per rendered page" from crawl_measured's output.
crawl_note() {
	echo "$1" | awk '{ share = ($6 > 0) ? 100 * $7 / $6 : 0; per = ($7 > 0) ? $8 / $7 : 0
		printf "%d of %d requests rendered (%.0f%%), %.2f ms Java CPU per rendered page", $7, $6, share, per }'
}

# Signs the bench editor in with a cookie jar of its own and prints a CSRF token for its forms.
writer_sign_in() { # base cookie-jar
	local jar="$2" token
	rm -f "$jar"
	token="$(curl -fs -c "$jar" -b "$jar" "$1/login" | grep -o '<input[^>]*name="_csrf"[^>]*>' | head -1 \
		| grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//')"
	[ -n "$token" ] || die "no CSRF token on /login"
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "email=$WRITER_EMAIL" \
		--data-urlencode "password=$WRITER_PASSWORD" "$1/login" || die "the bench editor could not sign in"
	token="$(curl -fs -c "$jar" -b "$jar" "$1/admin/products/$(head -1 "$WORK/writes-products.txt")/activity/new" \
		| grep -o '<input[^>]*name="_csrf"[^>]*>' | head -1 | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//')"
	[ -n "$token" ] || die "the bench editor sees no activity form (is $WRITER_EMAIL an editor of this database?)"
	echo "$token"
}

# One signed-in session per writer: a session's requests must not overlap (two saves racing in one session
# collide on its stored flash attributes), so each writer sends one item a second, waiting for each answer.
writers_sign_in() { # base
	for w in $(seq 1 "$WRITES_PER_SECOND"); do
		writer_sign_in "$1" "$WORK/writer-$w.cookies" >"$WORK/writer-$w.token"
	done
}

# Adds WRITES_PER_SECOND activity items a second to random products for $2 seconds through the admin form;
# appends each answer's status to $WORK/writes.status (302 is a saved item: Post/Redirect/Get).
write_stream() { # base seconds
	local base="$1" until=$(($(date +%s) + $2)) ids
	mapfile -t ids <"$WORK/writes-products.txt"
	for w in $(seq 1 "$WRITES_PER_SECOND"); do
		(
			n=0
			token="$(cat "$WORK/writer-$w.token")"
			while [ "$(date +%s)" -lt "$until" ]; do
				started="$(date +%s.%N)"
				id="${ids[$(((RANDOM * 32768 + RANDOM) % ${#ids[@]}))]}"
				n=$((n + 1))
				curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 -b "$WORK/writer-$w.cookies" \
					--data-urlencode "_csrf=$token" --data-urlencode "occurredOn=$(date -u +%F)" \
					--data-urlencode "kind=RELEASE" --data-urlencode "title=bench write $$-$w-$n" \
					--data-urlencode "summary=" --data-urlencode "sourceUrl=" \
					"$base/admin/products/$id/activity" >>"$WORK/writes.status" || true
				sleep "$(awk -v s="$started" -v now="$(date +%s.%N)" 'BEGIN { d = 1 - (now - s); printf "%.3f", (d > 0) ? d : 0 }')"
			done
		) &
	done
	wait
}

# Runs a scenario while the write stream runs; prints the scenario's output.
with_writes() { # base scenario-command...
	local base="$1" out
	shift
	write_stream "$base" "$SECONDS_PER_SCENARIO" &
	WRITER_PID=$!
	out="$("$@")"
	wait "$WRITER_PID" || true
	WRITER_PID=""
	echo "$out"
}

# "N writes: K saved, E failed (counts by status)" from $WORK/writes.status; 000 is a write that got no answer
# within 10 s.
writes_note() {
	awk '{ n++; by[$1]++; if ($1 == 302) ok++; else bad++ }
		END { printf "%d writes: %d saved, %d failed", n, ok, bad
			if (bad > 0) { printf " ("; sep = ""; for (code in by) if (code != 302) { printf "%s%d× %s", sep, by[code], code; sep = ", " }; printf ")" } }' "$WORK/writes.status"
}

for size in "${SIZES[@]}"; do
	if [ "$size" = S ]; then products=1000; activity=100000; else products=100000; activity=5000000; fi
	db="sparkpulse_bench_$(echo "$size" | tr 'A-Z' 'a-z')"
	jdbc="jdbc:postgresql://$PG_HOST:$PG_PORT/$db"

	# ------------------------------------------------------------ catalog
	existing="$(psql $PG_OPTS -d "$db" -Atqc "select count(*) from sparkpulse.product" 2>/dev/null || true)"
	if [ "$existing" = "$products" ] && [ "${BENCH_KEEP_DB:-0}" = 1 ]; then
		say "$size: reusing database $db ($existing products)"
		R[$size,load]="reused"
	else
		dropdb $PG_OPTS --if-exists --force "$db" 2>/dev/null || true
		createdb $PG_OPTS "$db"
		CREATED_DBS+=("$db")
		say "$size: generating $products products / $activity activity items into $db"
		start=$(date +%s.%N)
		JAVA_HOME="$JAVA17_HOME" timeout 3600 "$BENCH_DIR/generate.sh" "$jdbc" "$products" "$activity" >"$WORK/generate-$size.log" 2>&1 \
			|| { tail -40 "$WORK/generate-$size.log" >&2; die "generation failed"; }
		R[$size,load]="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f s", e - s }')"
		R[$size,load_detail]="$(grep -o 'Generated a synthetic catalog: [^"]*' "$WORK/generate-$size.log" | sed 's/Generated a synthetic catalog: //')"
		say "$size: loaded in ${R[$size,load]} (${R[$size,load_detail]})"
	fi
	if [ "${BENCH_KEEP_DB:-0}" = 1 ]; then CREATED_DBS=(); fi

	# ------------------------------------------------------------ URLs: one hot compare page, 20,000 crawl URLs
	# Crawl mix, the same for every size: up to 1,000 product pages, as many alternatives pages, the rest compare
	# pages, same-sector pairs first (the links the site itself shows), in canonical (byte-wise) slug order.
	sql "$db" "
		select setseed(0.6);
		with chosen as (select slug from product where retired_at is null order by random() limit 1000),
		ranked as (select slug, sector_id, row_number() over (partition by sector_id order by random()) - 1 as n,
		                  count(*) over (partition by sector_id) as size,
		                  row_number() over (order by random()) - 1 as g, count(*) over () as total
		           from product where retired_at is null),
		pairs as (
		    select a.slug as a, b.slug as b, 0 as preference from ranked a cross join generate_series(1, 40) k
		    join ranked b on b.sector_id = a.sector_id and b.n = (a.n + k) % a.size
		    where k <= (a.size - 1) / 2 and a.g < $CRAWL_URLS
		    union all
		    select a.slug, b.slug, 1 from ranked a cross join generate_series(1, 25) k
		    join ranked b on b.g = (a.g + k) % a.total where k <= (a.total - 1) / 2 and a.g < $CRAWL_URLS),
		compares as (
		    select '/compare/' || least(a collate \"C\", b collate \"C\") || '-vs-' || greatest(a collate \"C\", b collate \"C\") as url,
		           min(preference) as preference
		    from pairs group by 1 order by 2, random() limit $CRAWL_URLS - 2 * (select count(*) from chosen))
		select '/products/' || slug from chosen
		union all select '/alternatives/' || slug from chosen
		union all select url from compares" | grep '^/' >"$WORK/urls-$size.txt"
	[ "$(sort -u "$WORK/urls-$size.txt" | wc -l)" = "$CRAWL_URLS" ] || die "could not build $CRAWL_URLS distinct URLs"
	hot="$(sql "$db" "
		select '/compare/' || string_agg(slug, '-vs-' order by slug collate \"C\") from (
		    select p.slug from product p join product_score s on s.product_id = p.id
		    where p.sector_id = (select sector_id from product group by 1 order by count(*) desc limit 1)
		    order by s.score desc, p.slug limit 2) top")"
	R[$size,hot]="$hot"

	for v in $JAVAS; do
		home_var="JAVA${v}_HOME"
		java="${!home_var}/bin/java"
		# Scores from yesterday make the app recompute all of them at start-up: that is scenario 6.
		sql "$db" "update product_score set computed_for = computed_for - 1" >/dev/null
		log="$WORK/app-$size-java$v.log"
		say "$size: starting the app on Java $v (-Xmx384m) on 127.0.0.1:$APP_PORT"
		start_app "$java" "$APP_JAR" "$jdbc" "$log"
		base="http://127.0.0.1:$APP_PORT"
		R[$size,$v,recompute]="$(grep -o 'Recomputed velocity scores of [0-9]* products for [0-9-]* in [0-9]* ms' "$log" | tail -1 | awk '{ print $(NF-1) / 1000 " s" }')"
		# The recompute rewrote every score row, on top of what earlier runs on a kept database left. A site's
		# database is kept by autovacuum, which may be off on the bench's server (the CI machines here set
		# autovacuum = off; catalog L held 565,000 dead score rows after a day of runs, none vacuumed).
		say "$size: vacuuming and analysing the database"
		sql "$db" "vacuum (analyze)" >/dev/null
		status="$(curl -s -o "$WORK/hot-$size-java$v.html" -w '%{http_code}' "$base$hot")"
		[ "$status" = 200 ] || die "GET $hot answered $status"
		etag="$(curl -s -D - -o /dev/null "$base$hot" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')"

		say "$size Java $v: warming up (${WARMUP_SECONDS} s hot page, ${CRAWL_WARMUP_SECONDS} s crawl)"
		drive "$base$hot" 32 "$WARMUP_SECONDS" -s "$BENCH_DIR/wrk/summary.lua" >/dev/null
		BENCH_URLS="$WORK/urls-$size.txt" drive "$base" 16 "$CRAWL_WARMUP_SECONDS" -s "$BENCH_DIR/wrk/crawl.lua" >/dev/null

		figures="$(drive "$base$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/summary.lua")"
		R[$size,$v,hot]="$figures"
		row "$size" "1 hot page" "app, Java $v" 32 "$figures"
		if [ -n "$etag" ]; then
			conditional="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base$hot")"
			figures="$(BENCH_ETAG="$etag" drive "$base$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/revalidate.lua")"
			R[$size,$v,revalidate]="$figures"
			row "$size" "2 revalidation" "app, Java $v" 32 "$figures" "ETag $etag answers $conditional"
		else
			R[$size,$v,revalidate]=""
			ROWS+=("| $size | 2 revalidation | app, Java $v | 32 | – | – | – | – | – | the app sends no ETag yet: not measured |")
			say "$size Java $v: the app sends no ETag for $hot yet, so there is nothing to revalidate"
		fi
		measured="$(crawl_measured "$base" "$WORK/urls-$size.txt")"
		figures="$(echo "$measured" | cut -d' ' -f1-6)"
		R[$size,$v,crawl]="$figures"
		R[$size,$v,rendered]="$(crawl_note "$measured")"
		row "$size" "3 crawl" "app, Java $v" 16 "$figures" "$CRAWL_URLS URLs; ${R[$size,$v,rendered]}"

		# 8: scenarios 1-3 again while the write stream adds activity items to random products.
		if [ "$WRITES_PER_SECOND" != 0 ]; then
			sql "$db" "select id from product where retired_at is null and not draft order by random() limit 10000" \
				>"$WORK/writes-products.txt"
			: >"$WORK/writes.status"
			writers_sign_in "$base"
			say "$size Java $v: scenarios 1-3 with $WRITES_PER_SECOND writes a second"
			figures="$(with_writes "$base" drive "$base$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/summary.lua")"
			R[$size,$v,hot_w]="$figures"
			row "$size" "8 hot page, with writes" "app, Java $v" 32 "$figures" "$(writes_note)"
			if [ -n "$etag" ]; then
				: >"$WORK/writes.status"
				figures="$(BENCH_ETAG="$etag" with_writes "$base" drive "$base$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/revalidate.lua")"
				R[$size,$v,revalidate_w]="$figures"
				row "$size" "8 revalidation, with writes" "app, Java $v" 32 "$figures" "$(writes_note); after a write to what the page shows, one 200 brings the new ETag"
			fi
			: >"$WORK/writes.status"
			measured="$(with_writes "$base" crawl_measured "$base" "$WORK/urls-$size.txt")"
			figures="$(echo "$measured" | cut -d' ' -f1-6)"
			R[$size,$v,crawl_w]="$figures"
			R[$size,$v,rendered_w]="$(crawl_note "$measured")"
			R[$size,$v,writes]="$(writes_note)"
			row "$size" "8 crawl, with writes" "app, Java $v" 16 "$figures" "${R[$size,$v,rendered_w]}; ${R[$size,$v,writes]}"
		fi

		# 7: searches for words most of the catalog contains (the generated catalogs' themes and texts). Search pages
		# are never kept in memory, so every request is searched and ranked afresh; 4 connections, so that the
		# latency is the server's time rather than a queue.
		printf '%s\n' '/search?q=sync' '/search?q=synthetic' '/search?q=vector' '/search?q=streaming' \
			'/search?q=edge+sync' '/search?q=generated+product' '/search?q=sync&page=2' '/search?q=realtime' \
			>"$WORK/search-urls.txt"
		BENCH_URLS="$WORK/search-urls.txt" drive "$base" 4 5 -s "$BENCH_DIR/wrk/crawl.lua" >/dev/null
		searched="$(BENCH_URLS="$WORK/search-urls.txt" drive_p95 "$base" 4 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/crawl.lua")"
		R[$size,$v,search]="$searched"
		read -r s_rps s_p50 s_p95 s_p99 s_failed s_socket s_requests <<<"$searched"
		ROWS+=("| $size | 7 search, common words | app, Java $v | 4 | $(printf '%.0f' "$s_rps") | $s_p50 | $s_p99 | $s_failed | $s_socket | p95 $s_p95 ms; $(wc -l <"$WORK/search-urls.txt") queries |")
		say "$size search Java $v: $(printf '%.0f' "$s_rps") req/s, p50 $s_p50 ms, p95 $s_p95 ms, p99 $s_p99 ms"

		# The crawl pages as static files for nginx,		# The crawl pages as static files for nginx, fetched from the app once (which also shows what each URL
		# answers). Bounded by BENCH_MIRROR_SECONDS: on a slow app nginx crawls the pages saved by then.
		if [ -z "${R[$size,mirrored]:-}" ]; then
			say "$size: saving crawl pages for nginx (at most $MIRROR_SECONDS s)"
			mkdir -p "$WORK/www-$size"
			awk -v base="$base" -v dir="$WORK/www-$size" '{ printf "url = \"%s%s\"\noutput = \"%s%s\"\n", base, $0, dir, $0 }' \
				"$WORK/urls-$size.txt" >"$WORK/mirror-$size.cfg"
			# Status codes go to unbuffered stderr, so those of a run cut short by the time limit are all counted.
			(cd "$WORK" && timeout "$MIRROR_SECONDS" curl --no-progress-meter --parallel --parallel-max 4 --create-dirs \
				-w '%{stderr}%{http_code}\n' -K "$WORK/mirror-$size.cfg" 2>&1 >/dev/null || true) \
				| grep -E '^[0-9]{3}$' | sort | uniq -c | awk '{ printf "%s× %s ", $1, $2 }' >"$WORK/mirror-$size.status"
			(cd "$WORK/www-$size" && find . -type f -size +0 | sed 's|^\.||') >"$WORK/static-urls-$size.txt"
			R[$size,mirrored]="$(wc -l <"$WORK/static-urls-$size.txt") pages saved; status $(cat "$WORK/mirror-$size.status")"
			say "$size: crawl pages for nginx: ${R[$size,mirrored]}"
			mkdir -p "$(dirname "$WORK/www-$size$hot")"
			cp "$WORK/hot-$size-java$v.html" "$WORK/www-$size$hot"
			chmod -R a+rX "$WORK/www-$size" # curl --create-dirs makes directories nginx's workers cannot enter
		fi

		kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$log" >&2; die "the app on Java $v died during the run (log above)"; }
		R[$size,$v,rss]="$(awk '/^VmHWM/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$APP_PID/status")"
		stop_app
		if grep -q OutOfMemoryError "$log"; then R[$size,$v,oom]="OutOfMemoryError in the log"; else R[$size,$v,oom]="none"; fi
		R[$size,$v,errors]="$(grep -cE ' ERROR |Exception' "$log" || true)"
		# Warnings say why a request was refused (a 503 from the database, a shed render); the most frequent ones
		# go into the summary, and the whole log stays in /tmp for a closer look.
		R[$size,$v,warns]="$({ grep ' WARN ' "$log" || true; } | sed -E 's/.* : //; s/[0-9]+/N/g' | sort | uniq -c | sort -rn | head -3 \
			| awk '{ $1 = $1 "×"; print }' | paste -sd ';' - | sed 's/|/\\|/g')"
		cp "$log" "/tmp/sparkpulse-bench-app-$size-java$v.log"
		say "$size Java $v: peak RSS ${R[$size,$v,rss]}, OutOfMemoryError: ${R[$size,$v,oom]}"
	done

	# ------------------------------------------------------------ the baseline jar's crawl, same database, same URLs
	if [ -n "$BASELINE_JAR" ]; then
		v="$(echo "$JAVAS" | awk '{ print $1 }')"
		home_var="JAVA${v}_HOME"
		log="$WORK/app-$size-baseline.log"
		say "$size: starting the baseline ($BASELINE_SHORT) on Java $v"
		start_app "${!home_var}/bin/java" "$BASELINE_JAR" "$jdbc" "$log"
		base="http://127.0.0.1:$APP_PORT"
		BENCH_URLS="$WORK/urls-$size.txt" drive "$base" 16 "$CRAWL_WARMUP_SECONDS" -s "$BENCH_DIR/wrk/crawl.lua" >/dev/null
		measured="$(crawl_measured "$base" "$WORK/urls-$size.txt")"
		R[$size,baseline,crawl]="$(echo "$measured" | cut -d' ' -f1-6)"
		R[$size,baseline,rendered]="$(crawl_note "$measured")"
		row "$size" "3 crawl, baseline $BASELINE_SHORT" "app, Java $v" 16 "${R[$size,baseline,crawl]}" "${R[$size,baseline,rendered]}"
		stop_app
	fi

	# ------------------------------------------------------------ nginx on the very same bytes
	mkdir -p "$WORK/nginx-$size"
	cat >"$WORK/nginx-$size/nginx.conf" <<-EOF
		worker_processes auto;
		daemon off;
		pid $WORK/nginx-$size/nginx.pid;
		error_log $WORK/nginx-$size/error.log warn;
		events { worker_connections 1024; }
		http {
		    access_log off;
		    client_body_temp_path $WORK/nginx-$size/body;
		    proxy_temp_path $WORK/nginx-$size/proxy;
		    fastcgi_temp_path $WORK/nginx-$size/fastcgi;
		    uwsgi_temp_path $WORK/nginx-$size/uwsgi;
		    scgi_temp_path $WORK/nginx-$size/scgi;
		    sendfile on;
		    tcp_nopush on;
		    keepalive_requests 1000000;
		    default_type text/html;
		    charset utf-8;
		    server {
		        listen 127.0.0.1:$NGINX_PORT;
		        root $WORK/www-$size;
		    }
		}
	EOF
	nginx -c "$WORK/nginx-$size/nginx.conf" -p "$WORK/nginx-$size" -e "$WORK/nginx-$size/error.log" &
	NGINX_PID=$!
	for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$hot" && break; sleep 0.5; done
	nbase="http://127.0.0.1:$NGINX_PORT"
	cmp -s <(curl -s "$nbase$hot") "$WORK/www-$size$hot" \
		|| die "nginx does not serve the same bytes: it answers $(curl -s -o /dev/null -w '%{http_code}' "$nbase$hot") for $hot"
	netag="$(curl -s -D - -o /dev/null "$nbase$hot" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')"
	drive "$nbase$hot" 32 "$WARMUP_SECONDS" -s "$BENCH_DIR/wrk/summary.lua" >/dev/null
	R[$size,nginx,hot]="$(drive "$nbase$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/summary.lua")"
	row "$size" "1 hot page" "nginx" 32 "${R[$size,nginx,hot]}" "$(wc -c <"$WORK/www-$size$hot") bytes"
	R[$size,nginx,revalidate]="$(BENCH_ETAG="$netag" drive "$nbase$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/revalidate.lua")"
	row "$size" "2 revalidation" "nginx" 32 "${R[$size,nginx,revalidate]}" "ETag $netag answers $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $netag" "$nbase$hot")"
	R[$size,nginx,crawl]="$(BENCH_URLS="$WORK/static-urls-$size.txt" drive "$nbase" 16 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/crawl.lua")"
	row "$size" "3 crawl" "nginx" 16 "${R[$size,nginx,crawl]}" "$(wc -l <"$WORK/static-urls-$size.txt") files"
	kill -QUIT "$NGINX_PID"
	wait "$NGINX_PID" 2>/dev/null || true
	NGINX_PID=""
done

# ---------------------------------------------------------------- summary
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3g", a / b; else print "–" }'; }
verdict() { if awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { exit !((op == ">=") ? v >= t : v <= t) }'; then echo "met"; else echo "**not met**"; fi; }

primary="$(echo "$JAVAS" | awk '{ print $1 }')"
date_utc="$(date -u +%Y-%m-%d)"
machine="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
{
	echo "# Sparkpulse benchmark, $date_utc"
	echo
	echo "Machine: $machine; app and wrk share it (wrk -t2). Load average (1, 5, 15 min) before the run: $LOAD_BEFORE, after it: $(cut -d' ' -f1-3 /proc/loadavg); above 2 the figures mostly measure the other processes."
	echo "App: \`$(basename "$JAR")\` at \`$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')\`, -Xmx384m; Java $(echo "$JAVAS" | sed 's/ / and /g'); $SECONDS_PER_SCENARIO s per scenario after a warm-up; nginx $(nginx -v 2>&1 | sed 's/.*\///') with worker_processes auto."
	echo
	echo "| catalog | scenario | server | connections | requests/s | p50 ms | p99 ms | responses ≥ 400 | socket errors | note |"
	echo "|---|---|---|---|---|---|---|---|---|---|"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "| catalog | check (Java $primary unless said) | figure | target | verdict |"
	echo "|---|---|---|---|---|"
	for size in "${SIZES[@]}"; do
		echo "| $size | catalog load | ${R[$size,load]} ${R[$size,load_detail]:+(${R[$size,load_detail]})} | L in minutes | |"
		echo "| $size | hot compare page | \`${R[$size,hot]}\` | | |"
		hot_ratio="$(ratio "$(field "${R[$size,$primary,hot]}" 1)" "$(field "${R[$size,nginx,hot]}" 1)")"
		echo "| $size | 1 hot page throughput / nginx | $hot_ratio | ≥ 0.35 | $(verdict "$hot_ratio" 0.35 '>=') |"
		echo "| $size | 1 hot page p99 | $(field "${R[$size,$primary,hot]}" 3) ms | ≤ 25 ms | $(verdict "$(field "${R[$size,$primary,hot]}" 3)" 25 '<=') |"
		if [ -n "${R[$size,$primary,revalidate]}" ]; then
			reval_ratio="$(ratio "$(field "${R[$size,$primary,revalidate]}" 1)" "$(field "${R[$size,nginx,revalidate]}" 1)")"
			echo "| $size | 2 revalidation throughput / nginx | $reval_ratio | ≥ 0.6 | $(verdict "$reval_ratio" 0.6 '>=') |"
		else
			echo "| $size | 2 revalidation | the app sends no ETag yet | ≥ 0.6 × nginx | **not met** |"
		fi
		crawl_rps="$(field "${R[$size,$primary,crawl]}" 1)"
		echo "| $size | 3 crawl pages/s | $(printf '%.0f' "$crawl_rps") | ≥ 1,000 (on L) | $(verdict "$crawl_rps" 1000 '>=') |"
		echo "| $size | 3 crawl p99 | $(field "${R[$size,$primary,crawl]}" 3) ms | ≤ 100 ms (on L) | $(verdict "$(field "${R[$size,$primary,crawl]}" 3)" 100 '<=') |"
		echo "| $size | 3 crawl: pages rendered | ${R[$size,$primary,rendered]:-} | | |"
		if [ -n "${R[$size,baseline,crawl]:-}" ]; then
			before="$(field "${R[$size,baseline,crawl]}" 1)"
			echo "| $size | 3 crawl pages/s, this build / baseline $BASELINE_SHORT | $(printf '%.0f' "$crawl_rps") / $(printf '%.0f' "$before") = $(ratio "$crawl_rps" "$before") | ≥ 2 (on L) | $(verdict "$(ratio "$crawl_rps" "$before")" 2 '>=') |"
			echo "| $size | 3 crawl, baseline: pages rendered | ${R[$size,baseline,rendered]} | | |"
		fi
		if [ -n "${R[$size,$primary,crawl_w]:-}" ]; then
			echo "| $size | 8 with / without writes | hot page $(printf '%.0f' "$(field "${R[$size,$primary,hot_w]}" 1)") / $(printf '%.0f' "$(field "${R[$size,$primary,hot]}" 1)") req/s; revalidation $(printf '%.0f' "$(field "${R[$size,$primary,revalidate_w]:-0}" 1)") / $(printf '%.0f' "$(field "${R[$size,$primary,revalidate]:-0}" 1)"); crawl $(printf '%.0f' "$(field "${R[$size,$primary,crawl_w]}" 1)") / $(printf '%.0f' "$crawl_rps") | each ≥ 0.85 (on L) | hot $(verdict "$(ratio "$(field "${R[$size,$primary,hot_w]}" 1)" "$(field "${R[$size,$primary,hot]}" 1)")" 0.85 '>='), 304 $(verdict "$(ratio "$(field "${R[$size,$primary,revalidate_w]:-0}" 1)" "$(field "${R[$size,$primary,revalidate]:-1}" 1)")" 0.85 '>=') |"
			echo "| $size | 8 crawl with writes: pages rendered | ${R[$size,$primary,rendered_w]} (without: ${R[$size,$primary,rendered]}) | share no higher than without writes | |"
			echo "| $size | 8 writes | ${R[$size,$primary,writes]} | 0 failed | |"
		fi
		echo "| $size | 7 search, common words, p95 | $(field "${R[$size,$primary,search]}" 3) ms | ≤ 100 ms (on L) | $(verdict "$(field "${R[$size,$primary,search]}" 3)" 100 '<=') |"
		echo "| $size | crawl pages saved for nginx | ${R[$size,mirrored]:-} | all 200 | |"
		for v in $JAVAS; do
			failed=0
			for scenario in hot revalidate crawl hot_w revalidate_w crawl_w; do
				f="${R[$size,$v,$scenario]:-}"
				[ -n "$f" ] && failed=$((failed + $(field "$f" 4) + $(field "$f" 5)))
			done
			echo "| $size | Java $v: responses ≥ 400 or socket errors, all scenarios | $failed | 0 | $(verdict "$failed" 0 '<=') |"
			echo "| $size | 5 Java $v: peak RSS (VmHWM) | ${R[$size,$v,rss]} | | |"
			echo "| $size | 5 Java $v: OutOfMemoryError | ${R[$size,$v,oom]} | none | $([ "${R[$size,$v,oom]}" = none ] && echo met || echo '**not met**') |"
			echo "| $size | Java $v: log lines with ERROR or an exception | ${R[$size,$v,errors]} | 0 | $(verdict "${R[$size,$v,errors]}" 0 '<=') |"
			echo "| $size | Java $v: most frequent warnings | ${R[$size,$v,warns]:-none} | | |"
			echo "| $size | 6 Java $v: recompute every score at start-up | ${R[$size,$v,recompute]:-not logged} | ≤ 20 s (on L) | |"
		done
	done
	if [ -n "${R[S,$primary,crawl]:-}" ] && [ -n "${R[L,$primary,crawl]:-}" ]; then
		flat="$(ratio "$(field "${R[L,$primary,crawl]}" 2)" "$(field "${R[S,$primary,crawl]}" 2)")"
		echo "| L/S | 4 flat cost: crawl p50 L / S | $flat ($(field "${R[L,$primary,crawl]}" 2) / $(field "${R[S,$primary,crawl]}" 2) ms) | ≤ 1.5 | $(verdict "$flat" 1.5 '<=') |"
	else
		echo "| – | 4 flat cost | run \`bench/run.sh S L\` to compare | ≤ 1.5 | |"
	fi
} >"$WORK/summary.md"

mkdir -p "$BENCH_DIR/results"
result="$BENCH_DIR/results/$date_utc-$(IFS=-; echo "${SIZES[*]}").md"
cp "$WORK/summary.md" "$result"
cat "$WORK/summary.md"
say "written to ${result#"$ROOT"/}"

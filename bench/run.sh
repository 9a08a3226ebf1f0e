#!/usr/bin/env bash
# Benchmarks Sparkpulse on a generated catalog against nginx serving the same bytes, on loopback only.
#
#   bench/run.sh S          # catalog S: 1,000 products / 100,000 activity items
#   bench/run.sh L          # catalog L: 100,000 products / 5,000,000 activity items (generation takes minutes)
#   bench/run.sh S L        # both, plus the flat-cost ratio (crawl p50 L / S)
#
# Scenarios: 1 hot compare page, 2 revalidation, 3 crawl, 5 peak RSS, 6 start-up recompute (see README), and
# 7 searches for common words (p95 latency at 4 connections).
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
CREATED_DBS=()
cleanup() {
	local status=$?
	set +e
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
		"$java" -Xmx384m -jar "$APP_JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" \
			--management.server.port=$((APP_PORT + 2)) --sparkpulse.ingest.polling-enabled=false \
			--spring.datasource.url="$jdbc" --sparkpulse.demo.load-when-empty=false \
			--sparkpulse.site.base-url="http://127.0.0.1:$APP_PORT" >"$log" 2>&1 &
		APP_PID=$!
		wait_ready "$APP_PORT" "$APP_PID" "$log"
		base="http://127.0.0.1:$APP_PORT"
		R[$size,$v,recompute]="$(grep -o 'Recomputed velocity scores of [0-9]* products for [0-9-]* in [0-9]* ms' "$log" | tail -1 | awk '{ print $(NF-1) / 1000 " s" }')"
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
			figures="$(drive "$base$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/summary.lua" -H "If-None-Match: $etag")"
			R[$size,$v,revalidate]="$figures"
			row "$size" "2 revalidation" "app, Java $v" 32 "$figures" "ETag $etag answers $conditional"
		else
			R[$size,$v,revalidate]=""
			ROWS+=("| $size | 2 revalidation | app, Java $v | 32 | – | – | – | – | – | the app sends no ETag yet: not measured |")
			say "$size Java $v: the app sends no ETag for $hot yet, so there is nothing to revalidate"
		fi
		rendered_before="$(page_cache_misses)"
		figures="$(BENCH_URLS="$WORK/urls-$size.txt" drive "$base" 16 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/crawl.lua")"
		R[$size,$v,crawl]="$figures"
		rendered=$(($(page_cache_misses) - rendered_before))
		R[$size,$v,rendered]="$rendered of $(field "$figures" 6) requests rendered, the others served from the page cache"
		row "$size" "3 crawl" "app, Java $v" 16 "$figures" "$CRAWL_URLS URLs; $rendered rendered"

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
		kill "$APP_PID"
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$APP_PID" 2>/dev/null || true
		APP_PID=""
		if grep -q OutOfMemoryError "$log"; then R[$size,$v,oom]="OutOfMemoryError in the log"; else R[$size,$v,oom]="none"; fi
		R[$size,$v,errors]="$(grep -cE ' ERROR |Exception' "$log" || true)"
		say "$size Java $v: peak RSS ${R[$size,$v,rss]}, OutOfMemoryError: ${R[$size,$v,oom]}"
	done

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
	R[$size,nginx,revalidate]="$(drive "$nbase$hot" 32 "$SECONDS_PER_SCENARIO" -s "$BENCH_DIR/wrk/summary.lua" -H "If-None-Match: $netag")"
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
		echo "| $size | 7 search, common words, p95 | $(field "${R[$size,$primary,search]}" 3) ms | ≤ 100 ms (on L) | $(verdict "$(field "${R[$size,$primary,search]}" 3)" 100 '<=') |"
		echo "| $size | crawl pages saved for nginx | ${R[$size,mirrored]:-} | all 200 | |"
		for v in $JAVAS; do
			failed=0
			for scenario in hot revalidate crawl; do
				f="${R[$size,$v,$scenario]:-}"
				[ -n "$f" ] && failed=$((failed + $(field "$f" 4) + $(field "$f" 5)))
			done
			echo "| $size | Java $v: responses ≥ 400 or socket errors, all scenarios | $failed | 0 | $(verdict "$failed" 0 '<=') |"
			echo "| $size | 5 Java $v: peak RSS (VmHWM) | ${R[$size,$v,rss]} | | |"
			echo "| $size | 5 Java $v: OutOfMemoryError | ${R[$size,$v,oom]} | none | $([ "${R[$size,$v,oom]}" = none ] && echo met || echo '**not met**') |"
			echo "| $size | Java $v: log lines with ERROR or an exception | ${R[$size,$v,errors]} | 0 | $(verdict "${R[$size,$v,errors]}" 0 '<=') |"
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

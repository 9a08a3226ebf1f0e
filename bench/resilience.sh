#!/usr/bin/env bash
# Overload and graceful-shutdown checks on loopback, with figures printed:
#   1. overload: 256 connections on uncached pages (page cache off) for BENCH_SECONDS: every request is
#      answered (2xx, or a designed 503 when shedding), none hangs, no OutOfMemoryError, peak RSS printed;
#   2. graceful shutdown: SIGTERM while 32 connections crawl: requests already accepted complete (no read or
#      timeout socket errors, no 5xx), new connections are refused (connect errors are expected: a load
#      balancer sends them elsewhere), and the app logs a completed graceful shutdown.
#
#   bench/resilience.sh            # uses (or generates) catalog S in database sparkpulse_bench_resilience
#
# Needs wrk, curl, psql/createdb/dropdb; installs nothing. Settings as in bench/run.sh (BENCH_PG, BENCH_PORT,
# JAVA25_HOME, BENCH_SKIP_BUILD, BENCH_KEEP_DB) plus BENCH_SECONDS (default 20).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/bench"
SECONDS_PER_SCENARIO="${BENCH_SECONDS:-20}"
APP_PORT="${BENCH_PORT:-18090}"
MANAGEMENT_PORT=$((APP_PORT + 2))
PG_OPTS="${BENCH_PG:--h 127.0.0.1 -U postgres}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
JAVA_HOME_FOR_APP="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DB=sparkpulse_bench_resilience
JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"

say() { printf '[resilience %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

for tool in wrk curl psql createdb dropdb; do
	command -v "$tool" >/dev/null 2>&1 || die "missing $tool (apt-get install -y wrk curl postgresql-client)"
done
[ -x "$JAVA_HOME_FOR_APP/bin/java" ] || JAVA_HOME_FOR_APP="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
JAVA="$JAVA_HOME_FOR_APP/bin/java"

WORK="$(mktemp -d /tmp/sparkpulse-resilience.XXXXXX)"
APP_PID=""
cleanup() {
	set +e
	[ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null && { kill "$APP_PID"; sleep 5; kill -9 "$APP_PID" 2>/dev/null; }
	[ "${BENCH_KEEP_DB:-0}" = 1 ] || dropdb $PG_OPTS --if-exists --force "$DB" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
	say "building the jar"
	(cd "$ROOT" && timeout 1200 ./mvnw -B -q package -DskipTests) >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
fi
JAR="$(ls "$ROOT"/target/sparkpulse-*.jar | grep -v plain | head -1)"
# The app runs as the Docker image runs it: extracted into plain jars (see Dockerfile).
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null || die "could not extract $JAR"
APP_JAR="$WORK/app/$(basename "$JAR")"

if [ "$(psql $PG_OPTS -d "$DB" -Atqc 'select count(*) from sparkpulse.product' 2>/dev/null || true)" != 1000 ]; then
	dropdb $PG_OPTS --if-exists --force "$DB" 2>/dev/null || true
	createdb $PG_OPTS "$DB"
	say "generating catalog S (1,000 products, 100,000 activity items)"
	JAVA_HOME="$JAVA_HOME_FOR_APP" timeout 1800 "$BENCH_DIR/generate.sh" "$JDBC" 1000 100000 >"$WORK/generate.log" 2>&1 \
		|| { tail -30 "$WORK/generate.log" >&2; die "generation failed"; }
fi
psql $PG_OPTS -d "$DB" -Atq -c "set search_path = sparkpulse" -c "
	(select '/products/' || slug from product order by slug limit 1000)
	union all (select '/alternatives/' || slug from product order by slug limit 1000)
	union all (select '/compare/' || a.slug || '-vs-' || b.slug from product a join product b
	           on b.sector_id = a.sector_id and a.slug collate \"C\" < b.slug collate \"C\" limit 8000)" | grep '^/' >"$WORK/urls.txt"
say "$(wc -l <"$WORK/urls.txt") distinct URLs"

start_app() { # extra args...
	"$JAVA" -Xmx384m -jar "$APP_JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" \
		--management.server.port="$MANAGEMENT_PORT" --spring.datasource.url="$JDBC" \
		--sparkpulse.demo.load-when-empty=false --sparkpulse.ingest.polling-enabled=false "$@" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 240); do
		curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" && return 0
		kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; die "the app died while starting"; }
		sleep 1
	done
	die "the app was not ready within 240 s"
}

# Prints: requests rps p50_ms p99_ms non2xx3xx connect read write timeout
run_wrk() { # connections seconds
	local out
	out="$(BENCH_WRK_DIR="$BENCH_DIR/wrk" BENCH_URLS="$WORK/urls.txt" timeout $(($2 + 30)) wrk -t2 -c"$1" -d"$2s" \
		--timeout 10s --latency -s "$BENCH_DIR/wrk/crawl.lua" "http://127.0.0.1:$APP_PORT")"
	echo "$out" >>"$WORK/wrk.log"
	echo "$out" | awk '
		/requests in/ { requests = $1 }
		/^Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
		/Non-2xx or 3xx/ { bad = $NF }
		/Socket errors/ { gsub(",", ""); connect = $4; read = $6; write = $8; timeout = $10 }
		END { printf "%s %s %s %s %d %d %d %d %d\n", requests, rps, p50, p99, bad, connect, read, write, timeout }'
}

peak_rss() { awk '/VmHWM/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$APP_PID/status"; }

# ---------------------------------------------------------------- 1. overload on uncached pages
say "overload: 256 connections, page cache off, ${SECONDS_PER_SCENARIO} s"
start_app --sparkpulse.cache.enabled=false
run_wrk 16 5 >/dev/null
read -r o_req o_rps o_p50 o_p99 o_bad o_conn o_read o_write o_timeout <<<"$(run_wrk 256 "$SECONDS_PER_SCENARIO")"
o_rss="$(peak_rss)"
o_oom="$(grep -c OutOfMemoryError "$WORK/app.log" || true)"
o_shed="$(curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" | awk '/^sparkpulse_render_shed_total/ { printf "%d", $2 }')"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

# ---------------------------------------------------------------- 2. SIGTERM during load
say "graceful shutdown: SIGTERM 4 s into 12 s of 32-connection crawling"
start_app
run_wrk 16 5 >/dev/null
(sleep 4; kill -TERM "$APP_PID") &
read -r g_req g_rps g_p50 g_p99 g_bad g_conn g_read g_write g_timeout <<<"$(run_wrk 32 12)"
# A JVM stopped by SIGTERM exits with 143 once its shutdown hooks have run; set -e must not end the script.
g_exit=0
wait "$APP_PID" 2>/dev/null || g_exit=$?
APP_PID=""
g_graceful="$(grep -c 'Graceful shutdown complete' "$WORK/app.log" || true)"
g_errors="$(grep -c '"level":"ERROR"' "$WORK/app.log" || true)"

# ---------------------------------------------------------------- summary
machine="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
report="$(cat <<MD
## Sparkpulse resilience figures, $(date -u +%Y-%m-%d) ($machine)

| scenario | requests | req/s | p50 | p99 | non-2xx/3xx | socket errors (connect/read/write/timeout) | notes |
|---|---|---|---|---|---|---|---|
| overload: 256 connections, uncached, -Xmx384m | $o_req | $o_rps | $o_p50 | $o_p99 | $o_bad | $o_conn/$o_read/$o_write/$o_timeout | peak RSS $o_rss; OutOfMemoryError: $o_oom; shed with 503 (sparkpulse_render_shed_total): ${o_shed:-?} |
| SIGTERM at 4 s of 12 s, 32 connections | $g_req | $g_rps | $g_p50 | $g_p99 | $g_bad | $g_conn/$g_read/$g_write/$g_timeout | exit code $g_exit; graceful shutdown completed: $g_graceful; ERROR log lines: $g_errors |

Connect and write errors after SIGTERM are new connections refused by the stopping instance (wrk connects
without blocking, so a refusal shows up at its first write; a load balancer retries them elsewhere). Read
or timeout errors would be requests sent on open connections that were dropped instead of answered.
MD
)"
echo "$report"
mkdir -p "$BENCH_DIR/results"
echo "$report" >"$BENCH_DIR/results/resilience-$(date -u +%Y-%m-%d).md"

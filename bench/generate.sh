#!/usr/bin/env bash
# Fills an empty PostgreSQL database with a synthetic catalog for the benchmarks and exits.
#
#   bench/generate.sh JDBC_URL PRODUCTS ACTIVITY_ITEMS
#   bench/generate.sh jdbc:postgresql://127.0.0.1:5432/sparkpulse_bench_s 1000 100000
#
# The generator (io.sparkpulse.bench.SyntheticCatalogCommand) lives with the tests, so it never ships in the
# site's jar; it runs through the wrapper on the test classpath, with the site's own migrations and score
# recompute. Credentials: SPRING_DATASOURCE_USERNAME / _PASSWORD (default postgres, no password). JAVA_HOME
# picks the JVM. Exits non-zero if the database already holds a catalog or the sizes are wrong.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -ne 3 ]; then
	sed -n '4,5p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2
	exit 2
fi
cd "$ROOT"
exec ./mvnw -q -B --no-transfer-progress spring-boot:test-run \
	-Dspring-boot.run.main-class=io.sparkpulse.bench.SyntheticCatalogCommand \
	-Dspring-boot.run.arguments="--spring.datasource.url=$1 --sparkpulse.generate.products=$2 --sparkpulse.generate.activity=$3"

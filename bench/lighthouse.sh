#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the home, product, compare and
# alternatives pages of a running Sparkpulse, in Debian's headless Chromium, on loopback.
#
#   ./mvnw spring-boot:run &            # the site on http://localhost:8080 with the demo catalog
#   bench/lighthouse.sh [base-url]      # default http://localhost:8080
#
# Needs chromium (apt-get install -y chromium) and Lighthouse from npm:
#   npm install --prefix /opt/sparkpulse-tools lighthouse@13.5.0   (or set LIGHTHOUSE=/path/to/lighthouse)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
LIGHTHOUSE="${LIGHTHOUSE:-/opt/sparkpulse-tools/node_modules/.bin/lighthouse}"
[ -x "$LIGHTHOUSE" ] || { echo "Lighthouse not found at $LIGHTHOUSE (see the header of this script)" >&2; exit 2; }
command -v chromium >/dev/null || { echo "chromium not found (apt-get install -y chromium)" >&2; exit 2; }
case "$BASE" in http://localhost*|http://127.*|http://\[::1\]*) ;; *) echo "loopback only" >&2; exit 2 ;; esac
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "| page | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|"
for path in / /products/synapse /compare/session-vs-synapse /alternatives/session; do
	CHROME_PATH="$(command -v chromium)" timeout 300 "$LIGHTHOUSE" "$BASE$path" --quiet --output=json \
		--output-path="$WORK/report.json" --only-categories=performance,accessibility,best-practices,seo \
		--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$WORK/profile" >/dev/null 2>&1
	python3 - "$WORK/report.json" "$path" <<'PY'
import json, sys
categories = json.load(open(sys.argv[1]))["categories"]
score = lambda key: round(categories[key]["score"] * 100)
print(f"| {sys.argv[2]} | {score('performance')} | {score('accessibility')} | {score('best-practices')} | {score('seo')} |")
PY
done

#!/usr/bin/env bash
# Builds the site for a local URL, serves it on 127.0.0.1, and runs Lighthouse 12.2.3 (pinned in
# tests/tools/package.json; tests/setup.sh installs it) on each language's home page with Debian's
# Chromium. Prints the performance, accessibility, best-practices and SEO scores per page.
# Usage: tests/tools/lighthouse.sh [mobile|desktop]   (default: mobile, Lighthouse's own default)
# Not a test: scores move with machine load; the browser gate in tests/SccSite.BrowserTests is the gate.
# The audits listed as "below 90" include uses-text-compression and uses-long-cache-ttl: those are the
# static host's job (gzip/brotli, cache headers), which serve.mjs deliberately does not imitate.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${1:-mobile}
port=${LIGHTHOUSE_PORT:-5090}
tools=tests/tools
lighthouse=$tools/node_modules/.bin/lighthouse
[ -x "$lighthouse" ] || { echo "lighthouse is missing: run tests/setup.sh" >&2; exit 1; }
# The same browser the tests use: SCCSITE_CHROMIUM, else the first Chromium or Chrome on PATH.
chrome=${SCCSITE_CHROMIUM:-}
if [ -z "$chrome" ]; then
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    chrome=$(command -v "$name" || true); [ -n "$chrome" ] && break
  done
fi
[ -n "$chrome" ] && [ -x "$chrome" ] || { echo "no Chromium or Chrome found: set SCCSITE_CHROMIUM or run tests/setup.sh" >&2; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

base="http://127.0.0.1:$port/"
echo "Building the site for $base …"
dotnet run --project src/SccSite.Cli -- build --output "$work/site" --base-url "$base" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
node "$tools/serve.mjs" "$work/site" "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
preset_args=()
[ "$preset" = "desktop" ] && preset_args=(--preset=desktop)

printf "\nLighthouse 12.2.3, %s, Chromium %s\n" "$preset" "$("$chrome" --version 2>/dev/null | awk '{print $2}')"
printf "%-8s %12s %14s %15s %6s\n" page performance accessibility best-practices seo
for lang in en ru zh kk; do
  report="$work/$lang.json"
  CHROME_PATH="$chrome" "$lighthouse" "$base$lang/" --quiet \
    --chrome-flags="$flags" \
    --only-categories=performance,accessibility,best-practices,seo \
    "${preset_args[@]}" \
    --output=json --output-path="$report" >"$work/$lang.log" 2>&1 \
    || { echo "lighthouse failed on /$lang/:" >&2; tail -20 "$work/$lang.log" >&2; exit 1; }
  node -e '
    const r = require(process.argv[1]);
    const s = id => r.categories[id].score === null ? "n/a" : Math.round(r.categories[id].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable").map(a => a.id);
    console.log(`/${process.argv[2]}/`.padEnd(8), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(6), failed.length ? "  below 90: " + failed.join(", ") : "");
  ' "$report" "$lang"
done

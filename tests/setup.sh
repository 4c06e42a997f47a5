#!/usr/bin/env bash
# Installs the test prerequisites on a fresh Debian machine; quick no-op when present.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "setup: nothing extra to install"

#!/usr/bin/env bash
# Runs every test. Installs what the browser and validator tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/setup.sh"
exec dotnet test "$@"

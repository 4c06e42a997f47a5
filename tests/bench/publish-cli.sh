#!/usr/bin/env bash
# Publishes the CLI as the benchmarks run it: Release, ReadyToRun for this machine's runtime, framework-dependent.
# Usage: tests/bench/publish-cli.sh DIR   (prints the path of the executable it wrote)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:?usage: publish-cli.sh DIR}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
# A previous publish for another runtime flavour leaves obj state that aborts the new executable; start clean.
rm -rf "src/SccSite.Cli/obj/Release/net10.0/$rid"
dotnet publish src/SccSite.Cli -c Release -r "$rid" --self-contained false -nologo -v q -o "$dir" >"$dir.log" 2>&1 ||
  { cat "$dir.log" >&2; exit 1; }
echo "$dir/SccSite.Cli"

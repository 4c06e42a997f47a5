#!/usr/bin/env bash
# Preview benchmark: file write -> live-reload event, on the real site and on a synthetic site.
# Usage: tests/bench/preview.sh [PAGES_PER_LANG] [SAVES]   (defaults: 2500 pages per language = 10,000 pages; 10 saves)
# Publishes the CLI (Release, ReadyToRun), copies input/ and generates the synthetic site into tmpfs when
# available, then for each site starts `preview`, saves one English page SAVES times and prints the median
# and maximum save -> reload time, the first build's time, and the preview's resident and peak memory.
# Needs: .NET 10 SDK, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${1:-2500}
saves=${2:-10}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then base=/dev/shm; else base=${TMPDIR:-/tmp}; fi
work=$(mktemp -d "$base/sccsite-preview.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== publishing the CLI (Release, ReadyToRun)" >&2
cli=$(tests/bench/publish-cli.sh "$work/cli")
cp -r input "$work/real"
echo "== generating $pages pages x 4 languages" >&2
python3 tests/bench/synth.py "$pages" "$work/synth" >&2
synth_page=$(cd "$work/synth/sccsite" && find en/initiatives -name '*.md' ! -name index.md | sort | head -1)

echo
echo "### Preview: save -> reload ($saves saves each), $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores"
echo
echo "| Site | Saves | Median (ms) | Max (ms) | First build (s) | RSS after (MB) | Peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
label="real site ($(find "$work/real" -name '*.md' | wc -l) pages), saving en/initiatives/investment-fund.md"
python3 tests/bench/preview_bench.py "$label" "$cli" "$PWD/theme" "$work/real" "$work/out-real" en/initiatives/investment-fund.md "$saves"
label="synthetic ($(find "$work/synth/sccsite" -name '*.md' | wc -l) pages), saving $synth_page"
python3 tests/bench/preview_bench.py "$label" "$cli" "$PWD/theme" "$work/synth/sccsite" "$work/out-synth" "$synth_page" "$saves"

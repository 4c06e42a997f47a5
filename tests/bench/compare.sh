#!/usr/bin/env bash
# SccSite vs Hugo on a synthetic multilingual site, plus the real site's cold build.
#
# Usage: tests/bench/compare.sh [PAGES_PER_LANG] [RUNS]     (defaults: 2500 pages per language, 5 runs)
#        KEEP=1 tests/bench/compare.sh 250 3                 (keep the generated sites and outputs to look at)
#
# 1. Publishes the CLI once (Release, ReadyToRun: tests/bench/publish-cli.sh).
# 2. Generates PAGES_PER_LANG pages in each of en, ru, zh, kk with tests/bench/synth.py (fixed seed),
#    in SccSite's format and as a Hugo project, into tmpfs (/dev/shm when writable, else mktemp's folder).
# 3. After one untimed warm-up of each tool, runs RUNS rounds of: SccSite cold (output removed first),
#    SccSite no-change rebuild (output kept), Hugo cold (output and cache removed first), each under
#    GNU time (wall, user+sys CPU, peak RSS), and prints the medians as a Markdown table.
# 4. Times the real site (input/) cold, median of max(RUNS, 5) runs.
# SccSite runs with the repository's theme/ and SCCSITE_SEARCH=off (no Pagefind).
# Needs: .NET 10 SDK, python3, hugo and GNU time (apt-get install -y hugo time).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
pages=${1:-2500}
runs=${2:-${RUNS:-5}}
real_runs=$(( runs > 5 ? runs : 5 ))

missing=()
command -v dotnet >/dev/null || missing+=("dotnet (the .NET 10 SDK, see global.json)")
command -v python3 >/dev/null || missing+=("python3 (apt-get install -y python3)")
command -v hugo >/dev/null || missing+=("hugo (apt-get install -y hugo)")
[ -x /usr/bin/time ] || missing+=("GNU time at /usr/bin/time (apt-get install -y time)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'compare.sh: missing %s\n' "${missing[@]}" >&2
  echo "Install with: apt-get install -y hugo time" >&2
  exit 2
fi
[[ $pages =~ ^[0-9]+$ && $runs =~ ^[0-9]+$ && $runs -ge 1 ]] || { echo "usage: $0 [PAGES_PER_LANG] [RUNS]" >&2; exit 2; }

if [ -d /dev/shm ] && [ -w /dev/shm ]; then base=/dev/shm; tmpfs=yes; else base=${TMPDIR:-/tmp}; tmpfs=no; fi
work=$(mktemp -d "$base/sccsite-compare.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then trap 'echo "kept $work" >&2' EXIT; else trap 'rm -rf "$work"' EXIT; fi

echo "== publishing the CLI (Release, ReadyToRun)" >&2
cli=("$(tests/bench/publish-cli.sh "$work/cli")" build --theme "$repo/theme")

echo "== generating $pages pages x 4 languages into $work" >&2
python3 tests/bench/synth.py "$pages" "$work" >&2
cp -r input "$work/real"

# measure ID COMMAND...: one run under GNU time; appends "wall user sys maxrss_kb" to $work/ID.times.
measure() {
  local id=$1; shift
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >"$work/$id.log" 2>&1; then
    echo "compare.sh: '$id' failed:" >&2; tail -40 "$work/$id.log" >&2; exit 1
  fi
  tail -1 "$work/time.out" >>"$work/$id.times"
}
scc_cold()   { rm -rf "$work/out-scc"; measure "$1" env SCCSITE_SEARCH=off "${cli[@]}" --input "$work/sccsite" --output "$work/out-scc"; }
scc_warm()   { measure "$1" env SCCSITE_SEARCH=off "${cli[@]}" --input "$work/sccsite" --output "$work/out-scc"; }
hugo_cold()  { rm -rf "$work/out-hugo" "$work/hugo-cache"; measure "$1" hugo --quiet --source "$work/hugo" --destination "$work/out-hugo" --cacheDir "$work/hugo-cache"; }
real_cold()  { rm -rf "$work/out-real"; measure "$1" env SCCSITE_SEARCH=off "${cli[@]}" --input "$work/real" --output "$work/out-real"; }

echo "== warm-up (untimed)" >&2
scc_cold warmup; hugo_cold warmup; real_cold warmup
for i in $(seq 1 "$runs"); do
  echo "== round $i/$runs" >&2
  scc_cold scc-cold
  scc_warm scc-rebuild
  hugo_cold hugo-cold
done
for i in $(seq 1 "$real_runs"); do real_cold real-cold; done

# median ID COLUMN: COLUMN is wall (s) | cpu (user+sys, s) | rss (MB).
median() {
  awk -v col="$2" '{ v = col == "wall" ? $1 : col == "cpu" ? $2 + $3 : $4 / 1024; print v }' "$work/$1.times" | sort -g |
    awk -v col="$2" '{ a[NR] = $1 } END {
      m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      printf(col == "rss" ? "%.0f" : "%.2f", m) }'
}
range() { awk '{ print $1 }' "$work/$1.times" | sort -g | awk '{ a[NR] = $1 } END { printf("%.2f–%.2f", a[1], a[NR]) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf("%.2f", a / b) }'; }
files() { find "$1" -type f | wc -l | tr -d ' '; }
wrote() { grep -o '[0-9]* files changed, [0-9]* unchanged' "$work/$1.log" | tail -1; }

total=$(( pages * 4 ))
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
row() { # label id files-note
  echo "| $1 | $(median "$2" wall) | $(range "$2") | $(median "$2" cpu) | $(median "$2" rss) | $3 |"
}
cat <<EOF

### SccSite vs Hugo: synthetic site, $pages pages × 4 languages ($total pages), median of $runs runs

Command: \`tests/bench/compare.sh $pages $runs\` — $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores${cpu_model:+ ($cpu_model)}, .NET $(dotnet --version), Hugo $(hugo version | awk '{ print $2 }'), output on ${base}$([ $tmpfs = yes ] && echo ' (tmpfs)'). SccSite: Release, ReadyToRun, full theme, SCCSITE_SEARCH=off.

| Build | Wall (s) | Wall min–max | CPU user+sys (s) | Peak RSS (MB) | Files |
| --- | ---: | ---: | ---: | ---: | --- |
EOF
row "SccSite cold" scc-cold "$(files "$work/out-scc") written"
row "SccSite no-change rebuild" scc-rebuild "$(wrote scc-rebuild)"
row "Hugo cold" hugo-cold "$(files "$work/out-hugo") written"
row "Real site (input/), SccSite cold, $real_runs runs" real-cold "$(files "$work/out-real") written"

scc_wall=$(median scc-cold wall); hugo_wall=$(median hugo-cold wall)
scc_rss=$(median scc-cold rss); hugo_rss=$(median hugo-cold rss)
cat <<EOF

| Measure | Value | Target |
| --- | ---: | --- |
| SccSite / Hugo, cold wall | $(ratio "$scc_wall" "$hugo_wall") | ≤ 0.5 at 10,000 pages |
| SccSite / Hugo, cold peak RSS | $(ratio "$scc_rss" "$hugo_rss") | ≤ 0.5 at 10,000 pages |
| SccSite / Hugo, cold CPU | $(ratio "$(median scc-cold cpu)" "$(median hugo-cold cpu)") | — |
| SccSite rebuild / cold, wall | $(ratio "$(median scc-rebuild wall)" "$scc_wall") | ≤ 0.30 with 0 files rewritten |
| Real site cold wall (s) | $(median real-cold wall) | ≤ 0.35 |
EOF

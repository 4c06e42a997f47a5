#!/usr/bin/env bash
# Build-speed and memory benchmark of SccSite against Hugo on the same content.
# Usage: tests/bench/bench.sh [COPIES]   (COPIES: how many times each initiative and event is replicated; default 40)
# Needs: hyperfine and GNU time (apt-get install -y hyperfine time); hugo for the comparison (apt-get install -y hugo).
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-40}
work=$(mktemp -d /tmp/sccsite-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

cli=$(tests/bench/publish-cli.sh "$work/cli")
theme="$PWD/theme"

# 1. The real site, and a scaled copy: every initiative and event replicated $copies times in every language.
cp -r input "$work/real"
cp -r input "$work/scaled"
for lang in en ru zh kk; do
  for section in initiatives events; do
    for file in "$work/scaled/$lang/$section"/*.md; do
      [ "$(basename "$file")" = index.md ] && continue
      for i in $(seq 1 "$copies"); do cp "$file" "${file%.md}-$i.md"; done
    done
  done
done
pages=$(find "$work/scaled" -name '*.md' | wc -l)

# 2. The same scaled content as a Hugo site (minimal layouts; 'date' renamed because Hugo parses it).
hugo_site="$work/hugo"
mkdir -p "$hugo_site/layouts/_default"
for lang in en ru zh kk; do
  mkdir -p "$hugo_site/content/$lang"
  cp -r "$work/scaled/$lang/." "$hugo_site/content/$lang/"
  find "$hugo_site/content/$lang" -name index.md -execdir mv index.md _index.md \;
done
find "$hugo_site/content" -name '*.md' -exec sed -i 's/^date:/eventDate:/; s/^endDate:/eventEndDate:/' {} +
cat > "$hugo_site/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
[languages.en]
contentDir = "content/en"
weight = 1
[languages.ru]
contentDir = "content/ru"
weight = 2
[languages.zh]
contentDir = "content/zh"
weight = 3
[languages.kk]
contentDir = "content/kk"
weight = 4
TOML
cat > "$hugo_site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head>
<body><nav>{{ range .Site.Home.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul>
<main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
echo '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}{{ end }}' > "$hugo_site/layouts/_default/single.html"
echo '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}' > "$hugo_site/layouts/_default/list.html"

echo "== content: real site $(find "$work/real" -name '*.md' | wc -l) Markdown files; scaled site $pages files (copies=$copies)"
export SCCSITE_SEARCH=off
hyperfine --warmup 1 --runs 5 --style basic --export-markdown "$work/results.md" \
  --prepare "rm -rf $work/out-real" --prepare "true" --prepare "rm -rf $work/out-scaled" --prepare "rm -rf $work/out-hugo" \
  -n "sccsite real, clean output" "$cli build --theme $theme --input $work/real --output $work/out-real" \
  -n "sccsite real, unchanged output" "$cli build --theme $theme --input $work/real --output $work/out-real" \
  -n "sccsite scaled, clean output" "$cli build --theme $theme --input $work/scaled --output $work/out-scaled" \
  -n "hugo scaled, clean output" "hugo --quiet --source $hugo_site --destination $work/out-hugo"
cat "$work/results.md"

echo "== peak memory (max resident set, MB)"
for name in real scaled; do
  rm -rf "$work/out-$name"
  kb=$(/usr/bin/time -f '%M' $cli build --theme "$theme" --input "$work/$name" --output "$work/out-$name" 2>&1 >/dev/null | tail -1)
  echo "sccsite $name: $((kb / 1024)) MB"
done
rm -rf "$work/out-hugo"
kb=$(/usr/bin/time -f '%M' hugo --quiet --source "$hugo_site" --destination "$work/out-hugo" 2>&1 >/dev/null | tail -1)
echo "hugo scaled: $((kb / 1024)) MB"
echo "== pages written: sccsite $(find "$work/out-scaled" -name index.html | wc -l), hugo $(find "$work/out-hugo" -name index.html | wc -l)"

unset SCCSITE_SEARCH
rm -rf "$work/out-real"
start=$(date +%s%N)
$cli build --theme "$theme" --input "$work/real" --output "$work/out-real" >/dev/null
echo "== real site with Pagefind search: $(( ($(date +%s%N) - start) / 1000000 )) ms"

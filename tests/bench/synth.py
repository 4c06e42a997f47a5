#!/usr/bin/env python3
"""Writes a deterministic synthetic multilingual site for the SccSite vs Hugo benchmark.

Usage: tests/bench/synth.py PAGES_PER_LANG OUT_DIR [--seed N] [--input REPO_INPUT_DIR]

OUT_DIR/sccsite is an SccSite input folder (site.yml and data/places.yml copied from the real
input/, then en|ru|zh|kk/ with index.md, a few plain pages, priorities/, initiatives/, events/).
OUT_DIR/hugo is the same content as a Hugo (0.111+) project with minimal layouts.

Every language has exactly PAGES_PER_LANG pages: the home page, 3 section pages, 6 priorities,
4 plain pages, and the rest split between initiatives and events. Every page has about 800 words
of filler text in the language's script, 3-5 '##' headings, one pipe table and 4 links to other
pages of the same language, one of them to a heading of the target page. Translations carry a
correct 'translatedFrom' hash, so the build sees them as current (not stale).

In the Hugo copy, links become {{< relref "/section/page.md#anchor" >}}: Hugo looks every
target up and fails on a missing page (it does not check anchors). Section and home pages are
_index.md, and 'date'/'endDate' are renamed 'eventDate'/'eventEndDate' so Hugo does not parse them.
Only the standard library is used; the same arguments always give byte-identical files.
"""

import argparse
import datetime
import hashlib
import itertools
import os
import random
import re
import shutil
import sys

LANGS = ["en", "ru", "zh", "kk"]
PRIORITIES = 6
PLAIN = ["about", "glossary", "methodology", "contacts"]
SECTIONS = ["priorities", "initiatives", "events"]
STATUSES = ["proposed", "planned", "established", "declared"]
WORDS_PER_PAGE = 800

# Filler material per language: syllables for pseudo-words plus frequent real function words.
SYLLABLES = {
    "en": "ka ter min so lo vin dra pe ul stra co nex ri ta mon gal fer ba de tion ment ar en is or "
          "pro con sta ble ver al im port com mu ni ty lan re gi on sec sus tain de vel op ex".split(),
    "ru": "ко ра ни сто ве ли про ма ты за ре но де ска ми ва тель ние ост ги су пер со ю "
          "раз ви ти е дол жи мо ст на ль ный ская ско го ва ни ям пре ду смо тр".split(),
    "kk": "қа ға ың бі лі ты сы мен дың ке те ұл өз әр ше ба жа ар ла ры нің тар дер лық шы "
          "һа ү ө ұ ә ғы қы ңы да ма ра са та ке бе ме ше ту лу ны".split(),
}
FUNCTION_WORDS = {
    "en": "the of and to in for with on as by at from that this is are was an a".split(),
    "ru": "и в на с по для от как что из к о при это был не а".split(),
    "kk": "және мен үшін бойынша да де бұл осы туралы арқылы кейін бар".split(),
}
# About 400 frequent Simplified Chinese characters, used as filler (not real text).
HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
    "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只"
    "没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边"
    "流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造"
    "百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例"
    "真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且"
    "究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满"
    "县局照参红细引听该铁价严龙飞"
)
STOP = {"en": ". ", "ru": ". ", "kk": ". ", "zh": "。"}
COMMA = {"en": ", ", "ru": ", ", "kk": ", ", "zh": "，"}


class Lexicon:
    """A fixed vocabulary per language, drawn with Zipf-like frequencies."""

    def __init__(self, lang, seed):
        rng = random.Random(f"{seed}:lexicon:{lang}")
        words = []
        seen = set()
        while len(words) < 3000:
            if lang == "zh":
                w = "".join(rng.choice(HANZI) for _ in range(rng.choice([1, 2, 2, 2, 3])))
            else:
                w = "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.choice([1, 2, 2, 3, 3, 4])))
            if w not in seen:
                seen.add(w)
                words.append(w)
        if lang != "zh":
            words = FUNCTION_WORDS[lang] + words
        self.lang = lang
        self.words = words
        self.cum = list(itertools.accumulate(1.0 / (rank + 3) for rank in range(len(words))))

    def draw(self, rng, n):
        return rng.choices(self.words, cum_weights=self.cum, k=n)

    def join(self, words):
        return "".join(words) if self.lang == "zh" else " ".join(words)

    def phrase(self, rng, lo, hi, capital=False):
        """A few content words (no function words at the start), e.g. for titles and headings."""
        words = self.draw(rng, rng.randint(lo, hi))
        text = self.join(words)
        return text[:1].upper() + text[1:] if capital else text


def heading_id(text):
    """The GitHub-style id Markdig and Hugo give a heading made of letters and single spaces."""
    return text.lower().replace(" ", "-")


def source_hash(title, description, body):
    """SccSite's translatedFrom value (src/SccSite/Content/SourceHash.cs): link destinations do not count.

    The generated links are all inline, without titles or spaces, so removing each destination is
    '](target)' -> '](' + ')' (src/SccSite/Content/LinkDestinations.cs does the general case).
    """
    body = re.sub(r"\]\([^)\s]*\)", "]()", body.strip())
    text = f"{title}\n{description}\n{body}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class Page:
    def __init__(self, key, kind):
        self.key = key          # path without .md, e.g. "initiatives/foo-bar-0001", "index", "events/index"
        self.kind = kind        # home | section | page | priority | initiative | event
        self.facts = {}         # language-neutral front matter of the English page, in order
        self.text = {}          # lang -> (title, description, [headings])


def plan(n, seed, lexicons, places):
    """Decides every page, its facts and its per-language titles and headings."""
    fixed = 1 + len(SECTIONS) + PRIORITIES + len(PLAIN)
    if n < fixed + 6:
        sys.exit(f"synth.py: PAGES_PER_LANG must be at least {fixed + 6}")
    rest = n - fixed
    n_init = rest // 2
    n_event = rest - n_init
    rng = random.Random(f"{seed}:plan")
    en = lexicons["en"]
    ascii_words = [w for w in en.words[200:] if w.isascii() and len(w) >= 3]

    def slug(i):
        return f"{rng.choice(ascii_words)}-{rng.choice(ascii_words)}-{i:05d}"

    pages = [Page("index", "home")]
    pages += [Page(f"{s}/index", "section") for s in SECTIONS]
    pages += [Page(p, "page") for p in PLAIN]
    priorities = []
    used = set()
    while len(priorities) < PRIORITIES:
        name = f"{rng.choice(ascii_words)}-{rng.choice(ascii_words)}"
        if name in used:
            continue
        used.add(name)
        p = Page(f"priorities/{name}", "priority")
        p.facts["order"] = len(priorities) + 1
        priorities.append(p)
    pages += priorities
    order_in = {p.key: 0 for p in priorities}
    for i in range(1, n_init + 1):
        p = Page(f"initiatives/{slug(i)}", "initiative")
        pr = rng.choice(priorities)
        order_in[pr.key] += 1
        p.facts["priority"] = pr.key.split("/")[1]
        p.facts["status"] = rng.choice(STATUSES)
        if rng.random() < 0.4:
            start = rng.randint(2024, 2026)
            p.facts["period"] = f'"{start}-{start + rng.randint(1, 5)}"'
        p.facts["order"] = order_in[pr.key]
        pages.append(p)
    first = datetime.date(2023, 7, 4)
    for i in range(1, n_event + 1):
        p = Page(f"events/{slug(i)}", "event")
        day = first + datetime.timedelta(days=(i - 1) * 366 // n_event)
        if rng.random() < 0.05:
            p.facts["date"] = f'"{day:%Y-%m}"'
        else:
            p.facts["date"] = f'"{day:%Y-%m-%d}"'
            if rng.random() < 0.2:
                p.facts["endDate"] = f'"{day + datetime.timedelta(days=rng.randint(1, 3)):%Y-%m-%d}"'
        p.facts["place"] = rng.choice(places)
        if rng.random() < 0.9:
            p.facts["priority"] = rng.choice(priorities).key.split("/")[1]
        pages.append(p)
    assert len(pages) == n

    for p in pages:
        for lang in LANGS:
            lex = lexicons[lang]
            trng = random.Random(f"{seed}:title:{lang}:{p.key}")
            title = lex.phrase(trng, 3, 7, capital=True)
            description = lex.phrase(trng, 12, 20, capital=True) + STOP[lang].strip()
            srng = random.Random(f"{seed}:shape:{p.key}")   # same heading count in every language
            count = srng.randint(3, 5)
            headings, ids = [], set()
            while len(headings) < count:
                h = lex.phrase(trng, 2, 4, capital=True)
                if heading_id(h) not in ids:
                    ids.add(heading_id(h))
                    headings.append(h)
            p.text[lang] = (title, description, headings)
    return pages


def rel(from_key, to_key):
    """The relative .md link from one page's file to another's, as an editor writes it."""
    return os.path.relpath(to_key + ".md", os.path.dirname(from_key) or ".").replace(os.sep, "/")


def body(page, lang, lex, pages, by_kind, seed):
    """~800 words: intro, 3-5 sections of paragraphs, one table, 4 cross-links (one with an anchor).
    Links are placeholders \\x00i\\x00 filled in per flavour (SccSite .md path or Hugo relref)."""
    shape = random.Random(f"{seed}:shape:{page.key}")   # structure and link targets: same in every language
    rng = random.Random(f"{seed}:body:{lang}:{page.key}")
    _, _, headings = page.text[lang]
    others = lambda kind: [p for p in by_kind[kind] if p is not page]
    targets = []
    pr = page.facts.get("priority")
    targets.append((next(p for p in by_kind["priority"] if p.key.endswith("/" + pr)) if pr else shape.choice(others("priority")), False))
    targets.append((shape.choice(others("initiative")), True))
    targets.append((shape.choice(others("event")), False))
    targets.append((shape.choice([p for p in pages if p is not page and p.kind != "home"]), False))
    anchors = [shape.randrange(len(t.text["en"][2])) for t, _ in targets]
    links = []
    for (target, with_anchor), a in zip(targets, anchors):
        anchor = heading_id(target.text[lang][2][a]) if with_anchor else None
        links.append((target, anchor))

    def sentence():
        words = lex.draw(rng, rng.randint(8, 20))
        if lang != "zh":
            words[0] = words[0][:1].upper() + words[0][1:]
        if len(words) > 10 and rng.random() < 0.5:
            cut = rng.randint(4, len(words) - 4)
            return lex.join(words[:cut]) + COMMA[lang].rstrip() + ("" if lang == "zh" else " ") + lex.join(words[cut:]) + STOP[lang].strip()
        return lex.join(words) + STOP[lang].strip()

    def paragraph(budget, link=None):
        out, count = [], 0
        while count < budget:
            s = sentence()
            count += len(s.split()) if lang != "zh" else len(s) // 2
            out.append(s)
        if link is not None:
            text = lex.phrase(rng, 2, 4)
            at = rng.randrange(len(out))
            out.insert(at + 1, f"[{text}](\x00{link}\x00)" + STOP[lang].strip())
        return ("" if lang == "zh" else " ").join(out)

    k = len(headings)
    table_at = shape.randrange(k)
    link_at = {0: 0}                          # link index -> section (0 = intro)
    for i in range(1, len(links)):
        link_at[i] = 1 + (i - 1) % k
    # Paragraphs overshoot their budget by half a sentence; the table, headings and links add ~60 words.
    per_section = (WORDS_PER_PAGE - 180) // k
    parts = [paragraph(80, 0)]
    for s, h in enumerate(headings, start=1):
        parts.append(f"## {h}")
        mine = [i for i, sec in link_at.items() if sec == s]
        parts.append(paragraph(per_section // 2, mine[0] if mine else None))
        parts.append(paragraph(per_section - per_section // 2, mine[1] if len(mine) > 1 else None))
        if s - 1 == table_at:
            cols = [lex.phrase(rng, 1, 2, capital=True) for _ in range(shape.randint(3, 4))]
            rows = [f"| {' | '.join(cols)} |", "| " + " | ".join(["---"] + ["---:"] * (len(cols) - 1)) + " |"]
            for _ in range(shape.randint(4, 6)):
                cells = [lex.phrase(rng, 1, 2)] + [str(rng.randint(1, 99999)) if c % 2 else f"{rng.randint(0, 999) / 10}%" for c in range(1, len(cols))]
                rows.append(f"| {' | '.join(cells)} |")
            parts.append("\n".join(rows))
    return "\n\n".join(parts) + "\n", links


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=int, help="pages per language (at least 20)")
    ap.add_argument("out", help="output folder (sccsite/ and hugo/ are created in it)")
    ap.add_argument("--seed", default="sccsite-bench-1")
    ap.add_argument("--input", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "input"),
                    help="the real input folder whose site.yml and data/places.yml are reused")
    args = ap.parse_args()

    with open(os.path.join(args.input, "data", "places.yml"), encoding="utf-8") as f:
        places = re.findall(r"^([A-Za-z0-9_-]+):\s*$", f.read(), re.M)
    lexicons = {lang: Lexicon(lang, args.seed) for lang in LANGS}
    pages = plan(args.pages, args.seed, lexicons, places)
    by_kind = {}
    for p in pages:
        by_kind.setdefault(p.kind, []).append(p)

    scc = os.path.join(args.out, "sccsite")
    hugo = os.path.join(args.out, "hugo")
    for d in (scc, hugo):
        if os.path.exists(d):
            shutil.rmtree(d)
    os.makedirs(os.path.join(scc, "data"))
    shutil.copy(os.path.join(args.input, "site.yml"), scc)
    shutil.copy(os.path.join(args.input, "data", "places.yml"), os.path.join(scc, "data"))
    write_hugo_project(hugo)

    words = 0
    en_hash = {}
    for lang in LANGS:
        lex = lexicons[lang]
        for p in pages:
            title, description, _ = p.text[lang]
            text, links = body(p, lang, lex, pages, by_kind, args.seed)
            prose = re.sub(r"\x00\d+\x00|^## |[|]|-{3}:?", " ", text, flags=re.M)
            words += len(prose.split()) if lang != "zh" else len(re.sub(r"\W", "", prose)) // 2
            scc_text = fill(text, lambda t, a: rel(p.key, t.key) + (f"#{a}" if a else ""), links)
            hugo_ref = lambda t, a: '{{< relref "/' + (t.key[:-5] + "_index" if t.key.endswith("index") else t.key) + ".md" + (f"#{a}" if a else "") + '" >}}'
            hugo_text = fill(text, hugo_ref, links)
            fm = [f"title: {title}", f"description: {description}"]
            if lang == "en":
                fm += [f"{k}: {v}" for k, v in p.facts.items()]
                en_hash[p.key] = source_hash(title, description, scc_text)
            else:
                fm.append(f"translatedFrom: {en_hash[p.key]}")
            write(os.path.join(scc, lang, p.key + ".md"), "---\n" + "\n".join(fm) + "\n---\n\n" + scc_text)
            hugo_fm = [re.sub(r"^(date|endDate):", lambda m: "eventDate:" if m[1] == "date" else "eventEndDate:", line) for line in fm]
            hugo_key = p.key[:-5] + "_index" if p.key.endswith("index") else p.key
            write(os.path.join(hugo, "content", lang, hugo_key + ".md"), "---\n" + "\n".join(hugo_fm) + "\n---\n\n" + hugo_text)
    print(f"synth.py: {len(pages)} pages per language x {len(LANGS)} languages "
          f"({len(by_kind['initiative'])} initiatives, {len(by_kind['event'])} events), "
          f"~{words // (len(pages) * len(LANGS))} words per page (zh: 2 characters a word) -> {args.out}/{{sccsite,hugo}}")


def fill(text, url, links):
    return re.sub("\x00(\\d+)\x00", lambda m: url(*links[int(m[1])]), text)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


HUGO_TOML = """baseURL = "https://example.org/"
title = "Synthetic benchmark site"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
[languages.en]
contentDir = "content/en"
languageName = "English"
weight = 1
[languages.ru]
contentDir = "content/ru"
languageName = "Русский"
weight = 2
[languages.zh]
contentDir = "content/zh"
languageName = "中文"
weight = 3
[languages.kk]
contentDir = "content/kk"
languageName = "Қазақша"
weight = 4
"""

HUGO_BASEOF = """<!DOCTYPE html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head>
<body><nav>{{ range .Site.Home.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
<ul>{{ range .Translations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}
"""


def write_hugo_project(hugo):
    write(os.path.join(hugo, "hugo.toml"), HUGO_TOML)
    write(os.path.join(hugo, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST)


if __name__ == "__main__":
    main()

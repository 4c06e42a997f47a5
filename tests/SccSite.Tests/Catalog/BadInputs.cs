using System.Text;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Catalog;

/// <summary>
/// The catalog of bad inputs (issue 11 §6), one row per distinct input, each made from the fixture site.
/// Line numbers refer to the fixture's files: input/en/about.md has title on line 2 and description on line 3;
/// input/en/priorities/alpha.md has order on line 4 and aliases on line 5; input/site.yml has 28 lines, the
/// 'ru' language's fallback on line 14 and 'kk''s on line 28.
/// </summary>
public static class BadInputs
{
    private const string About = "input/en/about.md";
    private const string Alpha = "input/en/priorities/alpha.md";
    private const string Meeting = "input/en/events/meeting.md";
    private const string SiteYml = "input/site.yml";
    private const string Card = "theme/partials/card.html";
    private const string PageLayout = "theme/layouts/page.html";

    /// <summary>Ten levels of nine aliases each: a billion "lol"s for whoever expands them.</summary>
    private static readonly string Laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
        string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"));

    public static IReadOnlyList<CatalogCase> All { get; } =
    [
        // ── YAML ────────────────────────────────────────────────────────────────────────────
        new("Y01", ErrorClass.Yaml, "duplicate key in front matter (`title` twice)", 1, $"{About}:3:1", "Invalid YAML: Duplicate key title.",
            s => Edit(s, About, "title: About the fixture\n", "title: About the fixture\ntitle: About again\n")),
        new("Y02", ErrorClass.Yaml, "duplicate key in a data file (input/data/places.yml)", 1, "input/data/places.yml:8:3", "Invalid YAML: Duplicate key en.",
            s => Append(s, "input/data/places.yml", "atlantis:\n  en: A\n  en: B\n")),
        new("Y03", ErrorClass.Yaml, "wrong type: `order: \"x\"`", 1, $"{Alpha}:4:8", "Field 'order' must be a whole number, not 'x'.",
            s => Edit(s, Alpha, "order: 1", "order: \"x\"")),
        new("Y04", ErrorClass.Yaml, "wrong type: `date: yesterday`", 1, $"{Meeting}:4:7", "'date' must be a date like 2024-07-03, or 2024-07 when only the month is known; got 'yesterday'.",
            s => Edit(s, Meeting, "date: \"2024-07-03\"", "date: yesterday")),
        new("Y05", ErrorClass.Yaml, "a list where text is expected: `title: [a, b]`", 1, $"{About}:2:8", "Field 'title' must be a non-empty text value.",
            s => Edit(s, About, "title: About the fixture", "title: [a, b]")),
        new("Y06", ErrorClass.Yaml, "text where a list is expected: `aliases: old-alpha`", 1, $"{Alpha}:5:10", "Field 'aliases' must be a list of text values, like [a, b].",
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: old-alpha")),
        new("Y07", ErrorClass.Yaml, "wrong type: `draft: yes`", 1, $"{About}:4:8", "Field 'draft' must be true or false, not 'yes'.",
            s => Edit(s, About, "description: A plain page.\n", "description: A plain page.\ndraft: yes\n")),
        new("Y08", ErrorClass.Yaml, "billion laughs (anchors and aliases) in front matter", 1, $"{About}:2:4", "YAML anchors (&a) are not allowed here.",
            s => s.Write(About, "---\n" + Laughs + "title: T\ndescription: D\n---\n\nBody.\n")),
        new("Y09", ErrorClass.Yaml, "billion laughs in site.yml", 1, $"{SiteYml}:29:4", "YAML anchors (&a) are not allowed here.",
            s => Append(s, SiteYml, Laughs)),
        new("Y10", ErrorClass.Yaml, "deep flow nesting (100 × `[`) in front matter", 1, $"{About}:4:35", "The YAML nests deeper than 32 levels.",
            s => Edit(s, About, "description: A plain page.\n", "description: A plain page.\nx: " + new string('[', 100) + new string(']', 100) + "\n")),
        new("Y11", ErrorClass.Yaml, "deep nesting (40 levels) in a data file", 1, "input/data/places.yml:6:38", "The YAML nests deeper than 32 levels.",
            s => Append(s, "input/data/places.yml", "deep: " + new string('[', 40) + new string(']', 40) + "\n")),
        new("Y12", ErrorClass.Yaml, "a tab used for indentation", 1, $"{About}:2:8", "Invalid YAML: While scanning a plain scalar, found a tab character that violate indentation.",
            s => Edit(s, About, "description: A plain page.", "\tdescription: A plain page.")),
        new("Y13", ErrorClass.Yaml, "positive control: a tab after `key:` is YAML separation space, not indentation", 0, null, null,
            s => Edit(s, About, "description: A plain page.", "description:\tA plain page.")) { Also = (s, _) => Assert.Contains("A plain page.", s.Read("en/about/index.html")) },
        new("Y14", ErrorClass.Yaml, "unclosed double quote in front matter", 1, $"{About}:2:8", "Invalid YAML: While scanning a multi-line double-quoted scalar",
            s => Edit(s, About, "title: About the fixture", "title: \"About the fixture")),
        new("Y15", ErrorClass.Yaml, "unclosed quote at the end of site.yml", 1, $"{SiteYml}:29:8", "Invalid YAML: While scanning a quoted scalar, found unexpected end of stream.",
            s => Append(s, SiteYml, "extra: \"open\n")),
        new("Y16", ErrorClass.Yaml, "unclosed `[` in front matter", 1, $"{Alpha}:6:1", "Invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.",
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: [old-alpha, first")),
        new("Y17", ErrorClass.Yaml, "front matter with no closing `---`", 1, $"{About}:1:1", "The front matter is not closed.",
            s => s.Write(About, "---\ntitle: T\ndescription: D\n\nBody.\n")),
        new("Y18", ErrorClass.Yaml, "no front matter at all", 1, $"{About}:1:1", "The page has no front matter.",
            s => s.Write(About, "# Just Markdown\n\nBody.\n")),
        new("Y19", ErrorClass.Yaml, "front matter that is a list, not a mapping", 1, $"{About}:2:1", "Expected a YAML mapping of 'key: value' lines.",
            s => s.Write(About, "---\n- title\n- description\n---\n\nBody.\n")),
        new("Y20", ErrorClass.Yaml, "unquoted `: ` inside a value (`title: Note: about`)", 1, $"{About}:2:12", "Invalid YAML: a value contains ': ' and must be quoted.",
            s => Edit(s, About, "title: About the fixture", "title: Note: about")),
        new("Y21", ErrorClass.Yaml, "empty front matter (`---` then `---`)", 1, $"{About}:2:1", "Missing required field 'title'.",
            s => s.Write(About, "---\n---\n\nBody.\n")),

        // ── Encodings ───────────────────────────────────────────────────────────────────────
        new("E01", ErrorClass.Encoding, "invalid UTF-8 bytes (0xFF 0xFE inside a line)", 1, $"{About}:2:9", "This file is not UTF-8: the byte 0xFF at byte offset 12 (line 2) is not valid UTF-8.",
            s => Bytes(s, About, [.. "---\ntitle: T"u8, 0xFF, 0xFE, .. "\ndescription: D\n---\n\nBody.\n"u8])),
        new("E02", ErrorClass.Encoding, "a Russian page saved as Windows-1251", 1, "input/ru/index.md:2:8", "This file is not UTF-8: the byte 0xC3 at byte offset 11 (line 2) is not valid UTF-8. It looks like Windows-1251 (Cyrillic); save it as UTF-8.",
            s => Resave(s, "input/ru/index.md", CodePage(1251))),
        new("E03", ErrorClass.Encoding, "site.yml saved as Windows-1251", 1, $"{SiteYml}:10:11", "This file is not UTF-8: the byte 0xD0 at byte offset 182 (line 10) is not valid UTF-8. It looks like Windows-1251 (Cyrillic)",
            s => Resave(s, SiteYml, CodePage(1251))),
        new("E04", ErrorClass.Encoding, "UTF-16 LE with BOM", 1, $"{About}:1:1", "This file is not UTF-8: the byte 0xFF at byte offset 0 (line 1) is not valid UTF-8. It looks like UTF-16 LE; save it as UTF-8.",
            s => Resave(s, About, new UnicodeEncoding(bigEndian: false, byteOrderMark: true), bom: true)),
        new("E05", ErrorClass.Encoding, "UTF-16 LE without BOM", 1, $"{About}:1:2", "This file is not UTF-8: the byte 0x00 at byte offset 1 (line 1) is a NUL character, which no text file holds. It looks like UTF-16 LE; save it as UTF-8.",
            s => Resave(s, About, new UnicodeEncoding(bigEndian: false, byteOrderMark: false))),
        new("E06", ErrorClass.Encoding, "UTF-16 BE with BOM", 1, $"{About}:1:1", "This file is not UTF-8: the byte 0xFE at byte offset 0 (line 1) is not valid UTF-8. It looks like UTF-16 BE; save it as UTF-8.",
            s => Resave(s, About, new UnicodeEncoding(bigEndian: true, byteOrderMark: true), bom: true)),
        new("E07", ErrorClass.Encoding, "a NUL byte in the body", 1, $"{About}:6:2", "This file is not UTF-8: the byte 0x00 at byte offset 34 (line 6) is a NUL character, which no text file holds.",
            s => Bytes(s, About, [.. "---\ntitle: T\ndescription: D\n---\n\nB"u8, 0x00, .. "ody.\n"u8])),
        new("E08", ErrorClass.Encoding, "a multi-byte character cut off at the end of the file", 1, $"{About}:6:7", "This file is not UTF-8: the byte 0xD0 at byte offset 45 (line 6) is not valid UTF-8.",
            s => Bytes(s, About, [.. "---\ntitle: T\ndescription: D\n---\n\nПривет"u8, 0xD0])),
        new("E09", ErrorClass.Encoding, "an overlong UTF-8 sequence (0xC0 0xAF for '/')", 1, $"{About}:2:8", "This file is not UTF-8: the byte 0xC0 at byte offset 11 (line 2) is not valid UTF-8.",
            s => Bytes(s, About, [.. "---\ntitle: "u8, 0xC0, 0xAF, .. "\ndescription: D\n---\n\nBody.\n"u8])),
        new("E10", ErrorClass.Encoding, "a template saved as Latin-1", 1, $"{Card}:8:9", "This file is not UTF-8: the byte 0xE9",
            s => Bytes(s, Card, [.. File.ReadAllBytes(Path.Combine(s.Root, Card)), .. System.Text.Encoding.Latin1.GetBytes("{{ # Café }}\n")])),
        new("E11", ErrorClass.Encoding, "positive control: a page with a UTF-8 BOM and CRLF line ends", 0, null, null,
            s => Bytes(s, About, [.. "\uFEFF"u8, .. System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(s.Root, About)).Replace("\n", "\r\n", StringComparison.Ordinal))]))
        {
            Also = (s, _) =>
            {
                var html = s.Read("en/about/index.html");
                Assert.Contains("<title>About the fixture", html);
                Assert.DoesNotContain('\uFEFF', html);
                Assert.DoesNotContain('\r', html);
            },
        },

        // ── Paths ───────────────────────────────────────────────────────────────────────────
        new("P01", ErrorClass.Paths, "`slug: ../../etc` (there is no slug field)", 1, $"{About}:4:1", "Unknown key 'slug' in the front matter",
            s => Edit(s, About, "description: A plain page.\n", "description: A plain page.\nslug: ../../etc\n")),
        new("P02", ErrorClass.Paths, "alias traversal `../../outside`", 1, $"{Alpha}:5:10", "The alias '../../outside' is not a safe path inside the language folder.",
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: [../../outside]")),
        new("P03", ErrorClass.Paths, "decision: absolute alias `/etc/passwd` is a path inside the language folder", 0, null, null,
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: [/etc/passwd]"))
        {
            Also = (s, _) => Assert.Contains("/en/priorities/alpha/", s.Read("en/etc/passwd/index.html")),
        },
        new("P04", ErrorClass.Paths, "Windows absolute alias `C:\\Windows`", 1, $"{Alpha}:5:10", "The alias 'C:\\Windows' is not a safe path inside the language folder.",
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: ['C:\\Windows']")),
        new("P05", ErrorClass.Paths, "alias with a scheme `https://evil.example/x`", 1, $"{Alpha}:5:10", "The alias 'https://evil.example/x' is not a safe path inside the language folder.",
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: [\"https://evil.example/x\"]")),
        new("P06", ErrorClass.Paths, "decision: `translationKey: ../../outside` on a translation is only a key (an orphan, not published)", 0, null, null,
            s => Edit(s, "input/ru/priorities/alpha.md", "translatedFrom", "translationKey: ../../outside\ntranslatedFrom"))
        {
            Also = (s, r) => Assert.Contains("orphaned translation input/ru/priorities/alpha.md: no en page has the path or translationKey '../../outside'", r.Out),
        },
        new("P07", ErrorClass.Paths, "decision: `translationKey: ../../etc` on a source page never becomes a path", 0, null, null,
            s => Edit(s, "input/en/events/forum.md", "place: astana\n", "place: astana\ntranslationKey: ../../etc\n"))
        {
            Also = (s, _) => Assert.Contains("The forum", s.Read("en/events/forum/index.html")),
        },
        new("P08", ErrorClass.Paths, "case collision: `About.md` beside `about.md`", 1, $"{About}:1:1", "input/en/About.md and input/en/about.md differ only in letter case",
            s => File.Copy(Path.Combine(s.Root, About), Path.Combine(s.Input, "en", "About.md"))),
        new("P09", ErrorClass.Paths, "reserved Windows name: page `con.md`", 1, "input/en/con.md:1:1", "'con' is a device name reserved on Windows",
            s => s.Write("input/en/con.md", "---\ntitle: T\ndescription: D\n---\n\nBody.\n")),
        new("P10", ErrorClass.Paths, "reserved Windows name: folder `nul/`", 1, "input/en/nul/page.md:1:1", "'nul' is a device name reserved on Windows",
            s => s.Write("input/en/nul/page.md", "---\ntitle: T\ndescription: D\n---\n\nBody.\n")),
        new("P11", ErrorClass.Paths, "reserved Windows name in mixed case: `Com1.md`", 1, "input/en/Com1.md:1:1", "'Com1' is a device name reserved on Windows",
            s => s.Write("input/en/Com1.md", "---\ntitle: T\ndescription: D\n---\n\nBody.\n")),
        new("P12", ErrorClass.Paths, "reserved Windows name as an alias: `aux`", 1, $"{Alpha}:5:10", "The alias 'aux' uses 'aux', a device name reserved on Windows.",
            s => Edit(s, Alpha, "aliases: [old-alpha, priorities/first]", "aliases: [aux]")),
        new("P13", ErrorClass.Paths, "file name with a space", 1, "input/en/my page.md:1:1", "The path segment 'my page' cannot be used in a URL.",
            s => s.Write("input/en/my page.md", "---\ntitle: T\ndescription: D\n---\n\nBody.\n")),
        new("P14", ErrorClass.Paths, "positive control: a Cyrillic file name", 0, null, null,
            s => s.Write("input/en/привет.md", "---\ntitle: Hello\ndescription: D\n---\n\nBody.\n"))
        {
            Also = (s, _) => Assert.Contains("Hello", s.Read("en/привет/index.html")),
        },

        // ── Configuration (input/site.yml, theme/i18n) ─────────────────────────────────────
        new("C01", ErrorClass.Config, "fallback loop ru → kk → ru", 1, $"{SiteYml}:14:15", "The fallback chain of 'ru' loops: ru -> kk -> ru.",
            s => EditLine(s, SiteYml, 14, "    fallback: [kk]")),
        new("C02", ErrorClass.Config, "fallback to itself", 1, $"{SiteYml}:14:15", "The fallback chain of 'ru' loops: ru -> ru.",
            s => EditLine(s, SiteYml, 14, "    fallback: [ru]")),
        new("C03", ErrorClass.Config, "fallback to an unknown language", 1, $"{SiteYml}:14:15", "Language 'ru' falls back to unknown language 'fr'.",
            s => EditLine(s, SiteYml, 14, "    fallback: [fr]")),
        new("C04", ErrorClass.Config, "the same language code twice", 1, $"{SiteYml}:5:3", "Language 'en' is listed more than once.",
            s => Append(s, SiteYml, "  - code: en\n    name: English again\n    culture: en-US\n")),
        new("C05", ErrorClass.Config, "unknown top-level key", 1, $"{SiteYml}:29:1", "Unknown key 'colour' in site.yml.",
            s => Append(s, SiteYml, "colour: blue\n")),
        new("C06", ErrorClass.Config, "unknown key in a language", 1, $"{SiteYml}:9:5", "Unknown key 'locale' in a language.",
            s => Edit(s, SiteYml, "    ogLocale: en_GB\n", "    ogLocale: en_GB\n    locale: en\n")),
        new("C07", ErrorClass.Config, "a language folder site.yml does not list", 1, "input/fr:1:1", "The folder 'fr' is not a configured language.",
            s => s.Write("input/fr/index.md", "---\ntitle: T\ndescription: D\n---\n\nBody.\n")),
        new("C08", ErrorClass.Config, "missing site.yml", 1, $"{SiteYml}:1:1", "The site configuration file is missing.",
            s => File.Delete(Path.Combine(s.Root, SiteYml))),
        new("C09", ErrorClass.Config, "empty site.yml", 1, $"{SiteYml}:1:1", "Missing required field 'title'.",
            s => s.Write(SiteYml, "")),
        new("C10", ErrorClass.Config, "defaultLanguage that is not a language", 1, $"{SiteYml}:3:18", "defaultLanguage 'fr' is not one of the languages (en, ru, zh, kk).",
            s => Edit(s, SiteYml, "defaultLanguage: en", "defaultLanguage: fr")),
        new("C11", ErrorClass.Config, "baseUrl without a scheme", 1, $"{SiteYml}:2:10", "baseUrl 'fixture.example.org' is not an absolute http(s) URL.",
            s => Edit(s, SiteYml, "baseUrl: https://fixture.example.org/", "baseUrl: fixture.example.org")),
        new("C12", ErrorClass.Config, "unknown culture", 1, $"{SiteYml}:7:14", "Culture 'xx-YY' is not known on this machine.",
            s => Edit(s, SiteYml, "culture: en-GB", "culture: xx-YY")),
        new("C13", ErrorClass.Config, "a language without UI strings (theme/i18n/kk.yml missing)", 1, "theme/i18n/kk.yml:1:1", "There are no UI strings for language 'kk'.",
            s => File.Delete(Path.Combine(s.Theme, "i18n", "kk.yml"))),

        // ── Templates (theme/) ──────────────────────────────────────────────────────────────
        new("T01", ErrorClass.Templates, "a partial that includes itself", 1, $"{Card}:8:4", "Template error: Partials nest deeper than 16 levels: does 'card' include itself?",
            s => Append(s, Card, "{{ partial \"card\" it }}\n")),
        new("T02", ErrorClass.Templates, "two partials that include each other", 1, "theme/partials/pong.html:1:4", "Template error: Partials nest deeper than 16 levels: does 'ping' include itself?",
            s =>
            {
                s.Write("theme/partials/ping.html", "{{ partial \"pong\" it }}\n");
                s.Write("theme/partials/pong.html", "{{ partial \"ping\" it }}\n");
                Edit(s, PageLayout, "{{ partial \"article\"", "{{ partial \"ping\" page }}\n{{ partial \"article\"");
            }),
        new("T03", ErrorClass.Templates, "an infinite loop `while true`", 1, $"{PageLayout}:1:4", "Template error: Exceeding number of iteration limit `10000` for loop statement.",
            s => Edit(s, PageLayout, "{{ partial \"article\"", "{{ while true }}{{ end }}\n{{ partial \"article\"")),
        new("T04", ErrorClass.Templates, "a template reading an unknown field (`it.titel`)", 1, $"{Card}:2:99", "The template reads 'titel', which a CardView does not have. Did you mean 'title'?",
            s => Edit(s, Card, "{{ it.title }}", "{{ it.titel }}")),
        new("T05", ErrorClass.Templates, "a template using an unknown variable", 1, $"{PageLayout}:1:4", "The template uses 'nosuch', which is not defined here.",
            s => Edit(s, PageLayout, "{{ partial \"article\"", "{{ nosuch }}\n{{ partial \"article\"")),
        new("T06", ErrorClass.Templates, "syntax error: `if` without `end`", 1, $"{PageLayout}:2:14", "Template syntax error: Error while parsing if statement: The <end> statement was not found",
            s => Append(s, PageLayout, "{{ if true }}\n")),
        new("T07", ErrorClass.Templates, "syntax error: unclosed `{{`", 1, $"{Card}:2:106", "Template syntax error:",
            s => Edit(s, Card, "{{ it.title }}", "{{ it.title ")),
        new("T08", ErrorClass.Templates, "a call to a partial that does not exist", 1, $"{PageLayout}:1:12", "There is no partial 'nope' in theme/partials/.",
            s => Edit(s, PageLayout, "{{ partial \"article\"", "{{ partial \"nope\" page }}\n{{ partial \"article\"")),
        new("T09", ErrorClass.Templates, "a required layout missing (event.html)", 1, "theme/layouts:1:1", "The theme has no 'event.html' layout.",
            s => File.Delete(Path.Combine(s.Theme, "layouts", "event.html"))),

        // ── Command line ────────────────────────────────────────────────────────────────────
        new("L01", ErrorClass.CommandLine, "`--output` equal to `--input`", 1, "{root}/input:1:1", "The output folder contains the site's sources and would be emptied.", _ => { })
        {
            Args = s => Build(s, output: s.Input), PreviousOutput = false,
        },
        new("L02", ErrorClass.CommandLine, "`--output` inside `--input`", 1, "{root}/input/out:1:1", "The output folder is inside the input folder: the next build would read its own output.", _ => { })
        {
            Args = s => Build(s, output: Path.Combine(s.Input, "out")), PreviousOutput = false,
        },
        new("L03", ErrorClass.CommandLine, "`--output` equal to `--theme`", 1, "{root}/theme:1:1", "The output folder contains the site's sources and would be emptied.", _ => { })
        {
            Args = s => Build(s, output: s.Theme), PreviousOutput = false,
        },
        new("L04", ErrorClass.CommandLine, "`--output` inside `--theme`", 1, "{root}/theme/assets/out:1:1", "The output folder is inside the theme folder: the next build would read its own output.", _ => { })
        {
            Args = s => Build(s, output: Path.Combine(s.Theme, "assets", "out")), PreviousOutput = false,
        },
        // Not '--output /': were the check ever lost, this test would empty the machine. The site's own root fails the same check.
        new("L05", ErrorClass.CommandLine, "`--output` is the folder that holds input/ and theme/", 1, "{root}:1:1", "The output folder contains the site's sources and would be emptied.", _ => { })
        {
            Args = s => Build(s, output: s.Root), PreviousOutput = false,
        },
        new("L06", ErrorClass.CommandLine, "`--output` is an existing file", 1, "{root}/output.txt:1:1", "The output folder cannot be created: {root}/output.txt is a file.",
            s => s.Write("output.txt", "not a folder\n"))
        {
            Args = s => Build(s, output: Path.Combine(s.Root, "output.txt")), PreviousOutput = false,
        },
        new("L07", ErrorClass.CommandLine, "`--input` missing", 1, "{root}/nope:1:1", "The input folder does not exist.", _ => { })
        {
            Args = s => Build(s, input: Path.Combine(s.Root, "nope")), PreviousOutput = false,
        },
        new("L08", ErrorClass.CommandLine, "`--input` is a file", 1, "{root}/input/site.yml:1:1", "The input folder does not exist.", _ => { })
        {
            Args = s => Build(s, input: Path.Combine(s.Input, "site.yml")), PreviousOutput = false,
        },
        new("L09", ErrorClass.CommandLine, "`--theme` missing", 1, "{root}/nope:1:1", "The theme folder does not exist.", _ => { })
        {
            Args = s => Build(s, theme: Path.Combine(s.Root, "nope")), PreviousOutput = false,
        },
        new("L10", ErrorClass.CommandLine, "an unknown option", 2, null, "Unrecognized command or argument '--frobnicate'.", _ => { })
        {
            Args = s => [.. Build(s), "--frobnicate"], PreviousOutput = false,
        },
        new("L11", ErrorClass.CommandLine, "an option without its value (`--input` last)", 2, null, "Required argument missing for option: '--input'.", _ => { })
        {
            Args = _ => ["build", "--input"], PreviousOutput = false,
        },
        new("L12", ErrorClass.CommandLine, "an unknown command (`bulid`)", 2, null, "Unrecognized command or argument 'bulid'.", _ => { })
        {
            Args = _ => ["bulid"], PreviousOutput = false,
        },
        new("L13", ErrorClass.CommandLine, "`--base-url` that is not a URL", 1, "--base-url:1:1", "'notaurl' is not an absolute http(s) URL.", _ => { })
        {
            Args = s => [.. Build(s), "--base-url", "notaurl"],
        },
        new("L14", ErrorClass.CommandLine, "`--base-url` with an ftp scheme", 1, "--base-url:1:1", "'ftp://example.org/' is not an absolute http(s) URL.", _ => { })
        {
            Args = s => [.. Build(s), "--base-url", "ftp://example.org/"],
        },

        // ── File system ─────────────────────────────────────────────────────────────────────
        new("F01", ErrorClass.FileSystem, "the output folder's parent is a file", 1, "{root}/blocker/output:1:1", "The output folder cannot be created: {root}/blocker is a file.",
            s => s.Write("blocker", "a file where a folder should be\n"))
        {
            Args = s => Build(s, output: Path.Combine(s.Root, "blocker", "output")), PreviousOutput = false,
        },
        new("F03", ErrorClass.FileSystem, "a page that is a symbolic link to a file outside input/", 1, "input/en/leak.md:1:1", "This is a symbolic link; the build reads only real files inside input/.",
            s => Link(s, "input/en/leak.md", "outside/secret.md")) { Also = (s, _) => NotPublished(s) },
        new("F04", ErrorClass.FileSystem, "a folder in input/en/ that is a symbolic link to a folder outside input/", 1, "input/en/linked:1:1", "This is a symbolic link; the build reads only real files inside input/.",
            s => Link(s, "input/en/linked", "outside", folder: true)) { Also = (s, _) => NotPublished(s) },
        new("F05", ErrorClass.FileSystem, "a file in input/static/ that is a symbolic link outside input/", 1, "input/static/secret.txt:1:1", "This is a symbolic link; the build reads only real files inside input/.",
            s => Link(s, "input/static/secret.txt", "outside/secret.md")) { Also = (s, _) => NotPublished(s) },
        new("F06", ErrorClass.FileSystem, "a dangling symbolic link in input/en/", 1, "input/en/gone.md:1:1", "This is a symbolic link; the build reads only real files inside input/.",
            s => File.CreateSymbolicLink(Path.Combine(s.Input, "en", "gone.md"), Path.Combine(s.Root, "no-such-file.md"))),
        new("F07", ErrorClass.FileSystem, "positive control: a staging folder left by an interrupted build", 0, null, null,
            s => s.Write("output/.sccsite-staging/en/junk.html", "left over\n"))
        {
            PreviousOutput = false,
            Also = (s, _) => Assert.False(Directory.Exists(Path.Combine(s.Output, ".sccsite-staging"))),
        },
        new("F08", ErrorClass.FileSystem, "decision: a symbolic link in the output to a folder outside is replaced, never written through", 0, null, null,
            s =>
            {
                s.Write("outside/index.html", "VICTIM\n");
                Directory.Delete(Path.Combine(s.Output, "en", "about"), recursive: true);
                Directory.CreateSymbolicLink(Path.Combine(s.Output, "en", "about"), Path.Combine(s.Root, "outside"));
            })
        {
            Also = (s, _) =>
            {
                Assert.Null(new DirectoryInfo(Path.Combine(s.Output, "en", "about")).LinkTarget);
                Assert.Contains("About the fixture", s.Read("en/about/index.html"));
            },
        },
    ];

    /// <summary>Cases that need a test of their own (see <see cref="CatalogTests"/>); listed here for the README table.</summary>
    public static IReadOnlyList<CatalogCase> Special { get; } =
    [
        new("F02", ErrorClass.FileSystem, "a read-only output folder (chmod 555; immutable flag when running as root)", 1, "{root}/output:1:1", "Cannot write the output folder:", _ => { }),
        new("F09", ErrorClass.FileSystem, "a page deleted between listing and reading (read step of ReadPages)", 1, $"{About}:1:1", "The file was removed while the build was reading it.", _ => { }),
    ];

    public static CatalogCase Find(string id) => All.Concat(Special).Single(c => c.Id == id);

    public static string[] Build(TempSite site, string? input = null, string? output = null, string? theme = null) =>
        ["build", "--input", input ?? site.Input, "--output", output ?? site.Output, "--theme", theme ?? site.Theme];

    private static void Edit(TempSite site, string file, string from, string to) => site.Edit(file, text =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The catalog expects '{from}' in {file}: the fixture changed."));

    private static void EditLine(TempSite site, string file, int line, string replacement) => site.Edit(file, text =>
    {
        var lines = text.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    });

    private static void Append(TempSite site, string file, string text) => File.AppendAllText(Path.Combine(site.Root, file), text);

    private static void Bytes(TempSite site, string file, byte[] bytes) => File.WriteAllBytes(Path.Combine(site.Root, file), bytes);

    private static Encoding CodePage(int number) => CodePagesEncodingProvider.Instance.GetEncoding(number)!;

    private static void Resave(TempSite site, string file, Encoding encoding, bool bom = false)
    {
        var path = Path.Combine(site.Root, file);
        var text = File.ReadAllText(path);
        File.WriteAllBytes(path, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
    }

    /// <summary>A link at <paramref name="link"/> to <paramref name="target"/> (both relative to the site's root), whose content is a secret page outside input/.</summary>
    private static void Link(TempSite site, string link, string target, bool folder = false)
    {
        site.Write("outside/secret.md", "---\ntitle: SECRET-TITLE\ndescription: SECRET-DESCRIPTION\n---\n\nSECRET-BODY\n");
        var from = Path.Combine(site.Root, link);
        var to = Path.Combine(site.Root, target);
        if (folder) Directory.CreateSymbolicLink(from, to);
        else File.CreateSymbolicLink(from, to);
    }

    private static void NotPublished(TempSite site)
    {
        if (!Directory.Exists(site.Output)) return;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("SECRET", File.ReadAllText(file), StringComparison.Ordinal);
    }
}

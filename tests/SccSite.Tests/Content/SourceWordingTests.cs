using System.Text;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Content;

// Guard for issue 12: the English pages must be written in the site's own words, not copied
// from the source article. No run of MinRun or more consecutive words of a page may appear in
// the seed (shared/seed/), compared case- and punctuation-insensitively and with British and
// American spellings treated as equal. Text inside quotation marks (official names and titles)
// is exempt. The seed is read here, at test time only; the site build never reads it.

/// <summary>
/// Turns a word into a spelling key, so that British and American variants of the same word get
/// the same key (colour/color, organisation/organization, centre/center, travelled/traveled,
/// dialogue/dialog, programme/program). A key is for comparison only and need not be a real
/// word: ‘-ize’ becomes ‘-ise’ while ‘-our’ becomes ‘-or’, whichever form has the fewer clashes
/// with unrelated words.
/// </summary>
internal static class SpellingKey
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["programme"] = "program", ["programmes"] = "programs", ["programmed"] = "programed",
        ["programming"] = "programing", ["defence"] = "defense", ["defences"] = "defenses",
        ["offence"] = "offense", ["offences"] = "offenses", ["licence"] = "license",
        ["licences"] = "licenses", ["pretence"] = "pretense", ["grey"] = "gray",
        ["ageing"] = "aging", ["judgement"] = "judgment", ["judgements"] = "judgments",
        ["acknowledgement"] = "acknowledgment", ["acknowledgements"] = "acknowledgments",
        ["enrolment"] = "enrollment", ["fulfil"] = "fulfill", ["fulfils"] = "fulfills",
        ["fulfilment"] = "fulfillment", ["instalment"] = "installment", ["enrol"] = "enroll",
        ["enrols"] = "enrolls", ["skilful"] = "skillful", ["wilful"] = "willful",
        ["manoeuvre"] = "maneuver", ["manoeuvres"] = "maneuvers", ["aluminium"] = "aluminum",
        ["sceptical"] = "skeptical", ["sceptic"] = "skeptic", ["cheque"] = "check",
        ["cheques"] = "checks", ["jewellery"] = "jewelry", ["plough"] = "plow",
        ["mould"] = "mold", ["storey"] = "story", ["storeys"] = "stories", ["tyre"] = "tire",
        ["tyres"] = "tires", ["kerb"] = "curb", ["paediatric"] = "pediatric",
        ["encyclopaedia"] = "encyclopedia", ["anaesthetic"] = "anesthetic", ["oestrogen"] = "estrogen",
        ["whilst"] = "while", ["amongst"] = "among",
    };

    // Words whose shortened form would be a different real word.
    private static readonly HashSet<string> Keep = new(StringComparer.Ordinal)
    {
        "scour", "scours", "scoured", "scouring",
    };

    private static readonly string[] OurEndings = ["our", "ours", "oured", "ouring", "ourable", "ourably", "ourite", "ourites", "ourful", "ourless", "ourer", "ourers"];
    private static readonly string[] IzeEndings = ["ize", "izes", "ized", "izing", "izer", "izers", "ization", "izations"];
    private static readonly string[] YzeEndings = ["yze", "yzes", "yzed", "yzing", "yzer", "yzers"];
    private static readonly (string British, string Key)[] TreEndings = [("tre", "ter"), ("tres", "ters"), ("tred", "tered"), ("bre", "ber"), ("bres", "bers")];
    private static readonly string[] LledEndings = ["lled", "lling", "ller", "llers"];
    private static readonly string[] OgueEndings = ["ogue", "ogues"];

    /// <summary>The spelling key of one lower-case word made of letters and digits only.</summary>
    public static string Of(string word)
    {
        if (Words.TryGetValue(word, out var mapped)) return mapped;
        if (Keep.Contains(word)) return word;

        // -ize/-ise, -ization/-isation, -yze/-yse: the key keeps the ‘s’.
        if (Ending(word, IzeEndings) is { } ize && word.Length - ize.Length >= 2)
            return word[..^ize.Length] + "is" + ize[2..];
        if (Ending(word, YzeEndings) is { } yze && word.Length - yze.Length >= 2)
            return word[..^yze.Length] + "ys" + yze[2..];

        // -our/-or (colour, favourable, honoured): the key drops the ‘u’. The stem must be at least
        // three letters long, so ‘our’, ‘four’, ‘hour’, ‘your’ and ‘tour’ keep theirs.
        if (Ending(word, OurEndings) is { } our && word.Length - our.Length >= 3)
            return word[..^our.Length] + "or" + our[3..];

        // -tre/-ter and -bre/-ber (centre, centres, centred, fibre): the key ends in -ter/-ber.
        foreach (var (british, key) in TreEndings)
            if (word.Length - british.Length >= 2 && word.EndsWith(british, StringComparison.Ordinal))
                return word[..^british.Length] + key;

        // -lled/-led, -lling/-ling, -ller/-ler (travelled, cancelling, modeller): the key has one ‘l’.
        // Only after a stem of four letters or more, or one ending in two vowels (fuelled, dialled),
        // so that filled/filed, tilled/tiled and killed stay apart.
        if (Ending(word, LledEndings) is { } lled)
        {
            var stem = word[..^lled.Length];
            if (stem.Length >= 4 || (stem.Length >= 2 && IsVowel(stem[^1]) && IsVowel(stem[^2])))
                return stem + lled[1..];
        }

        // -ogue/-og (dialogue, catalogues).
        if (Ending(word, OgueEndings) is { } ogue && word.Length - ogue.Length >= 2)
            return word[..^ogue.Length] + "og" + ogue[4..];

        return word;
    }

    private static string? Ending(string word, string[] endings)
    {
        // Longest ending first, so that ‘-ization’ wins over ‘-ize’ where both could apply.
        string? best = null;
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && (best is null || ending.Length > best.Length))
                best = ending;
        return best;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

/// <summary>A run of words of a page that also appears in the source, with the line it starts on.</summary>
internal sealed record CopiedRun(int Line, int Words, string Text);

/// <summary>
/// Finds runs of a page's words that also appear in the source text. Pure: it reads no files.
/// </summary>
internal sealed class SourceWording
{
    public const int MinRun = 12;

    private readonly HashSet<string> _windows = new(StringComparer.Ordinal);

    private SourceWording(int minRun) => RunLength = minRun;

    public int RunLength { get; }

    /// <summary>Indexes every window of <paramref name="minRun"/> consecutive words of each source text.</summary>
    public static SourceWording Of(IEnumerable<string> sources, int minRun = MinRun)
    {
        var index = new SourceWording(minRun);
        foreach (var source in sources)
        {
            var words = WordsOfPlainText(source).ToArray();
            for (var i = 0; i + minRun <= words.Length; i++) index._windows.Add(string.Join(' ', words, i, minRun));
        }
        return index;
    }

    /// <summary>
    /// The runs of <see cref="RunLength"/> or more consecutive words of a Markdown page (front
    /// matter title and description included) that also appear in the source. Overlapping and
    /// touching windows are merged into one run.
    /// </summary>
    public IReadOnlyList<CopiedRun> FindCopiedRuns(string page)
    {
        var runs = new List<CopiedRun>();
        foreach (var segment in PageWords.Segments(page))
        {
            if (segment.Count < RunLength) continue;
            var keys = segment.Select(w => w.Key).ToArray();
            var copied = new bool[segment.Count];
            for (var i = 0; i + RunLength <= segment.Count; i++)
                if (_windows.Contains(string.Join(' ', keys, i, RunLength)))
                    Array.Fill(copied, true, i, RunLength);

            for (var start = 0; start < copied.Length; start++)
            {
                if (!copied[start]) continue;
                var end = start;
                while (end + 1 < copied.Length && copied[end + 1]) end++;
                var words = segment.Skip(start).Take(end - start + 1).ToList();
                runs.Add(new CopiedRun(words[0].Line, words.Count, string.Join(' ', words.Select(w => w.Text))));
                start = end;
            }
        }
        return runs;
    }

    /// <summary>The word keys of plain text: lower-case, no punctuation, spelling variants merged.</summary>
    public static List<string> WordsOfPlainText(string text)
    {
        var keys = new List<string>();
        Tokenise(text.AsSpan(), 1, (key, _, _) => keys.Add(key));
        return keys;
    }

    /// <summary>
    /// Splits text into words. A word is a run of letters and digits; apostrophes inside it
    /// (’ ' ʼ) are dropped, so Kazakhstan’s and Kazakhstan's are one word. Hyphens, dashes and
    /// all other punctuation separate words, so ‘so-called’ and ‘so called’ compare equal.
    /// </summary>
    internal static void Tokenise(ReadOnlySpan<char> text, int line, Action<string, string, int> word)
    {
        var key = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0) start = i;
                key.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (start >= 0 && IsApostrophe(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) continue;
            if (start >= 0)
            {
                word(SpellingKey.Of(key.ToString()), text[start..i].ToString(), line);
                key.Clear();
                start = -1;
            }
            if (c == '\n') line++;
        }
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}

/// <summary>A word of a page: its spelling key, its text as written and its line in the file.</summary>
internal readonly record struct PageWord(string Key, string Text, int Line);

/// <summary>
/// Reads the words of a Markdown page as runs that a copied passage could lie in. A run never
/// crosses a block boundary (front matter field, heading, list item, blank line) nor a quotation:
/// quoted text is dropped and splits the run around it.
/// </summary>
internal static class PageWords
{
    public static IEnumerable<List<PageWord>> Segments(string page)
    {
        foreach (var block in Blocks(page))
        foreach (var segment in SplitAtQuotations(block))
        {
            var words = new List<PageWord>();
            foreach (var (text, line) in segment)
                SourceWording.Tokenise(text.AsSpan(), line, (key, written, at) => words.Add(new PageWord(key, written, at)));
            if (words.Count > 0) yield return words;
        }
    }

    /// <summary>The page's prose blocks, each as (text, line) pieces with Markdown syntax removed.</summary>
    internal static IEnumerable<List<(string Text, int Line)>> Blocks(string page)
    {
        var lines = page.Replace("\r\n", "\n").Split('\n');
        var first = 0;

        // Front matter: only the values of title and description are words of the page.
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            if (close > 0)
            {
                List<(string, int)>? field = null;
                for (var i = 1; i < close; i++)
                {
                    var line = lines[i];
                    if (line.Length > 0 && char.IsWhiteSpace(line[0]))
                    {
                        field?.Add((line.Trim(), i + 1)); // continuation of a folded value
                        continue;
                    }
                    if (field is not null) yield return field;
                    field = null;
                    var colon = line.IndexOf(':');
                    if (colon < 0) continue;
                    var key = line[..colon].Trim();
                    if (key is not ("title" or "description")) continue;
                    var value = line[(colon + 1)..].Trim();
                    if (value is ">" or "|" or ">-" or "|-") value = "";
                    if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0]) value = value[1..^1];
                    field = [(value, i + 1)];
                }
                if (field is not null) yield return field;
                first = close + 1;
            }
        }

        var block = new List<(string, int)>();
        var fenced = false;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
                if (block.Count > 0) yield return block;
                block = [];
                continue;
            }
            if (trimmed.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"^\[[^\]]+\]:\s"))
            {
                if (block.Count > 0) yield return block;
                block = [];
                continue;
            }
            var marker = BlockStart.Match(trimmed);
            if (marker.Success || fenced)
            {
                if (block.Count > 0) yield return block;
                block = [];
                trimmed = trimmed[marker.Length..];
            }
            block.Add((StripInline(trimmed), i + 1));
            if (marker.Success && marker.Value.StartsWith('#'))
            {
                yield return block; // a heading is a block of its own
                block = [];
            }
        }
        if (block.Count > 0) yield return block;
    }

    private static readonly System.Text.RegularExpressions.Regex BlockStart =
        new(@"^(#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|(>\s?)+|\|)", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex LinkTarget =
        new(@"\]\((?:[^()]|\([^()]*\))*\)|\]\[[^\]]*\]|<[^<>\s][^<>]*>", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Removes link targets, autolinks and HTML tags, keeping the link text.</summary>
    internal static string StripInline(string line) => LinkTarget.Replace(line, m => m.Value.StartsWith(']') ? "]" : " ");

    /// <summary>
    /// Splits a block at its quotations (‘…’, “…”, "…", «…»), dropping the quoted text. A quotation
    /// is exempt only if it closes within the block: an opening mark with no closing mark is just
    /// punctuation. A ’ followed by a letter is an apostrophe, not a closing mark.
    /// </summary>
    internal static IEnumerable<List<(string Text, int Line)>> SplitAtQuotations(List<(string Text, int Line)> block)
    {
        var chars = new List<(char C, int Line)>();
        foreach (var (text, line) in block)
        {
            foreach (var c in text) chars.Add((c, line));
            chars.Add(('\n', line));
        }

        var segment = new List<(string, int)>();
        var current = new StringBuilder();
        var currentLine = -1;
        void Flush()
        {
            if (current.Length > 0) segment.Add((current.ToString(), currentLine));
            current.Clear();
        }

        for (var i = 0; i < chars.Count; i++)
        {
            var (c, line) = chars[i];
            var close = ClosingMark(chars, i);
            if (close > i)
            {
                Flush();
                if (segment.Count > 0) yield return segment;
                segment = [];
                i = close;
                continue;
            }
            if (c == '\n')
            {
                Flush();
                currentLine = -1;
                continue;
            }
            if (currentLine < 0) currentLine = line;
            current.Append(c);
        }
        Flush();
        if (segment.Count > 0) yield return segment;
    }

    /// <summary>If an opening quotation mark is at <paramref name="i"/>, the index of its closing mark; otherwise -1.</summary>
    private static int ClosingMark(List<(char C, int Line)> chars, int i)
    {
        var c = chars[i].C;
        var before = i > 0 ? chars[i - 1].C : ' ';
        char closing;
        switch (c)
        {
            case '“': closing = '”'; break;
            case '«': closing = '»'; break;
            case '"': closing = '"'; break;
            case '‘' when !char.IsLetterOrDigit(before): closing = '’'; break;
            default: return -1;
        }
        for (var j = i + 1; j < chars.Count; j++)
        {
            if (chars[j].C != closing) continue;
            if (closing == '’' && j + 1 < chars.Count && char.IsLetterOrDigit(chars[j + 1].C)) continue; // apostrophe
            return j;
        }
        return -1;
    }
}

public class SpellingKeyTests
{
    [Theory]
    [InlineData("organisation", "organization")]
    [InlineData("organisations", "organizations")]
    [InlineData("prioritise", "prioritize")]
    [InlineData("prioritises", "prioritizes")]
    [InlineData("recognised", "recognized")]
    [InlineData("modernising", "modernizing")]
    [InlineData("analyse", "analyze")]
    [InlineData("colour", "color")]
    [InlineData("favourable", "favorable")]
    [InlineData("honoured", "honored")]
    [InlineData("neighbours", "neighbors")]
    [InlineData("centre", "center")]
    [InlineData("centres", "centers")]
    [InlineData("centred", "centered")]
    [InlineData("fibre", "fiber")]
    [InlineData("travelled", "traveled")]
    [InlineData("cancelling", "canceling")]
    [InlineData("modeller", "modeler")]
    [InlineData("fuelled", "fueled")]
    [InlineData("dialogue", "dialog")]
    [InlineData("catalogues", "catalogs")]
    [InlineData("programme", "program")]
    [InlineData("programmes", "programs")]
    [InlineData("defence", "defense")]
    [InlineData("judgement", "judgment")]
    public void British_and_American_spellings_get_the_same_key(string british, string american) =>
        Assert.Equal(SpellingKey.Of(american), SpellingKey.Of(british));

    [Theory]
    [InlineData("our", "or")]
    [InlineData("four", "for")]
    [InlineData("hour", "hor")]
    [InlineData("filled", "filed")]
    [InlineData("tilled", "tiled")]
    [InlineData("killed", "kiled")]
    [InlineData("scouring", "scoring")]
    public void Unrelated_words_keep_apart(string one, string other) =>
        Assert.NotEqual(SpellingKey.Of(one), SpellingKey.Of(other));

    [Theory]
    [InlineData("the")]
    [InlineData("sco")]
    [InlineData("tourist")]
    [InlineData("rise")]
    [InlineData("resource")]
    [InlineData("promise")]
    [InlineData("2024")]
    public void Other_words_are_unchanged(string word) => Assert.Equal(word, SpellingKey.Of(word));

    [Fact]
    public void Words_are_lower_case_without_punctuation_and_apostrophes_are_consistent()
    {
        Assert.Equal(
            ["kazakhstans", "so", "called", "three", "forces", "of", "evil", "3", "4", "july", "kazakhstans"],
            SourceWording.WordsOfPlainText("Kazakhstan’s so-called “three forces of evil” (3–4 July) KAZAKHSTAN'S"));
    }
}

public class SourceWordingDetectorTests
{
    // A short stand-in for the article, with its wording and spelling (American ‘favorable’, ‘centers’).
    private const string Seed = """
        Kazakhstan prioritises Balanced Development

        The pressing issue of the digital gap between countries and social groups is one of the SCO’s primary concerns. Kazakhstan has created favorable conditions for a comprehensive digital transformation and ready to offer services as a ‘Digital Hub in the SCO space.’

        The initiative to establish an ‘SCO Partner network of large strategic ports and logistical centers’ also is planned to be adopted during the Kazakh chairmanship.

        For the period of Kazakhstan’s chairmanship, the city of Almaty has been declared the tourist and cultural capital of the SCO
        """;

    private static readonly SourceWording Index = SourceWording.Of([Seed]);

    private static string Page(string body) => $"""
        ---
        title: A page
        description: A short page.
        order: 1
        ---

        Some words of our own come first.

        {body}

        Closing words of our own.
        """;

    [Fact]
    public void A_copied_sentence_is_found_with_its_line()
    {
        var runs = Index.FindCopiedRuns(Page("For the period of Kazakhstan’s chairmanship, the city of Almaty has been declared the tourist and cultural capital of the SCO."));

        var run = Assert.Single(runs);
        Assert.Equal(9, run.Line);
        Assert.Equal(21, run.Words);
        Assert.StartsWith("For the period of Kazakhstan’s chairmanship", run.Text);
    }

    [Fact]
    public void A_copied_run_inside_a_sentence_of_our_own_is_found()
    {
        var runs = Index.FindCopiedRuns(Page("We note that the digital gap between countries and social groups is one of the SCO’s primary concerns, as it was."));

        Assert.Equal("the digital gap between countries and social groups is one of the SCO’s primary concerns", Assert.Single(runs).Text);
    }

    [Fact]
    public void A_copied_run_split_over_two_lines_of_a_paragraph_is_found()
    {
        var runs = Index.FindCopiedRuns(Page("For the period of Kazakhstan’s chairmanship, the city of\nAlmaty has been declared the tourist and cultural capital of the SCO."));

        Assert.Equal(9, Assert.Single(runs).Line);
    }

    [Fact]
    public void A_copied_title_or_description_is_found_but_yaml_keys_are_not_words()
    {
        var page = """
            ---
            title: For the period of Kazakhstan’s chairmanship, the city of Almaty has been declared the tourist and cultural capital
            description: "The pressing issue of the digital gap between countries and social groups is one of the SCO’s primary concerns"
            ---

            Text.
            """;

        Assert.Equal([2, 3], Index.FindCopiedRuns(page).Select(r => r.Line));
    }

    [Fact]
    public void A_US_spelling_variant_of_a_seed_run_is_found()
    {
        // The seed writes ‘favorable’ (US); a page that writes ‘favourable’ (UK) is still caught,
        // and so is a page that turns the seed’s ‘centers’ into ‘centres’.
        var runs = Index.FindCopiedRuns(Page("Kazakhstan has created favourable conditions for a comprehensive digital transformation and ready to offer services as a hub."));
        Assert.Equal(17, Assert.Single(runs).Words);

        var ukSeed = SourceWording.Of(["Kazakhstan has created favourable conditions for a comprehensive digitalisation of the economy and society at large."]);
        Assert.Single(ukSeed.FindCopiedRuns(Page("Kazakhstan has created favorable conditions for a comprehensive digitalization of the economy and society at large.")));
    }

    [Fact]
    public void A_quoted_copy_is_exempt()
    {
        Assert.Empty(Index.FindCopiedRuns(Page("The article says: “For the period of Kazakhstan’s chairmanship, the city of Almaty has been declared the tourist and cultural capital of the SCO”.")));
        Assert.Empty(Index.FindCopiedRuns(Page("The ‘SCO Partner network of large strategic ports and logistical centers’ also is planned.")));
        Assert.Empty(Index.FindCopiedRuns(Page("\"The pressing issue of the digital gap between countries and social groups is one of the SCO’s primary concerns.\"")));
        Assert.Empty(Index.FindCopiedRuns(Page("«The pressing issue of the digital gap between countries and social groups is one of the SCO’s primary concerns.»")));
    }

    [Fact]
    public void A_quotation_breaks_a_run()
    {
        // Unquoted, this is a 17-word copy; the quoted word leaves nine copied words before it and seven after.
        Assert.Single(Index.FindCopiedRuns(Page("Kazakhstan has created favorable conditions for a comprehensive digital transformation and ready to offer services as a hub.")));
        Assert.Empty(Index.FindCopiedRuns(Page("Kazakhstan has created favorable conditions for a comprehensive digital ‘transformation’ and ready to offer services as a hub.")));
    }

    [Fact]
    public void An_unclosed_quotation_mark_does_not_hide_a_copy()
    {
        Assert.Single(Index.FindCopiedRuns(Page("‘The pressing issue of the digital gap between countries and social groups is one of the SCO’s primary concerns.")));
    }

    [Fact]
    public void An_eleven_word_run_is_allowed_and_a_twelve_word_run_is_not()
    {
        // ‘the digital gap between countries and social groups is one of’ is eleven words of the seed.
        Assert.Empty(Index.FindCopiedRuns(Page("In short, the digital gap between countries and social groups is one of many worries.")));
        Assert.Single(Index.FindCopiedRuns(Page("In short, the digital gap between countries and social groups is one of the worries.")));
    }

    [Fact]
    public void Link_targets_and_markdown_syntax_are_not_words()
    {
        var runs = Index.FindCopiedRuns(Page("For the period of [Kazakhstan’s chairmanship](../events/chairmanship-start.md), the city of **Almaty** has been declared the [tourist and cultural capital](x.md#top) of the SCO."));
        Assert.Equal(21, Assert.Single(runs).Words);
    }

    [Fact]
    public void A_run_does_not_cross_list_items_or_headings()
    {
        Assert.Empty(Index.FindCopiedRuns(Page("""
            - the digital gap between countries and social groups
            - is one of the SCO’s primary concerns

            ## For the period of Kazakhstan’s chairmanship, the city of
            Almaty has been declared the tourist and cultural capital.
            """)));
    }

    [Fact]
    public void The_real_seed_sentence_planted_in_a_page_is_found()
    {
        // Negative proof against the real article: a sentence taken from it verbatim is caught.
        var seed = SeedFiles.Read();
        var index = SourceWording.Of(seed);
        var planted = "Under Kazakhstan’s presidency efforts have been directed at deepening mutual understanding between peoples and preserving the diversity of cultures.";
        Assert.Contains(seed, s => s.Contains(planted, StringComparison.Ordinal));

        Assert.Single(index.FindCopiedRuns(Page(planted)));
        Assert.Empty(index.FindCopiedRuns(Page($"“{planted}”")));
    }
}

internal static class SeedFiles
{
    public static string Folder => Path.Combine(Repo.Root, "..", "shared", "seed");

    public static string[] Read()
    {
        Assert.True(Directory.Exists(Folder), $"The seed folder {Folder} is missing.");
        var files = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        return files.Select(File.ReadAllText).ToArray();
    }
}

public class SourceWordingSiteTests
{
    [Fact]
    public void No_English_page_copies_twelve_or_more_words_of_the_source()
    {
        var index = SourceWording.Of(SeedFiles.Read());
        var pages = Directory.GetFiles(Path.Combine(Repo.Input, "en"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(pages);

        var failures = new List<string>();
        foreach (var page in pages)
        foreach (var run in index.FindCopiedRuns(File.ReadAllText(page)))
            failures.Add($"{Path.GetRelativePath(Repo.Root, page).Replace('\\', '/')}:{run.Line}: {run.Words} words copied from the source: “{run.Text}”");

        Assert.True(failures.Count == 0,
            $"{failures.Count} run(s) of {SourceWording.MinRun}+ words copied from ../shared/seed/ (reword them, or quote an official name):\n" + string.Join("\n", failures));
    }
}

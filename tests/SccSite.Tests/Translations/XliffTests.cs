using System.Security.Cryptography;
using System.Xml.Linq;
using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;
using static SccSite.Tests.Translations.TranslationCli;

namespace SccSite.Tests.Translations;

/// <summary>XLIFF 2.1 export and import: valid against the OASIS schema, a round trip that changes no byte, edits that land exactly where they belong.</summary>
public class XliffTests
{
    private static readonly XNamespace Xlf = "urn:oasis:names:tc:xliff:document:2.0";

    private static Dictionary<string, string> Hashes(TempSite site) =>
        Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Input, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static XElement Unit(XDocument xliff, string original, string unit) =>
        xliff.Descendants(Xlf + "file").Single(f => (string?)f.Attribute("original") == original).Descendants(Xlf + "unit").Single(u => (string?)u.Attribute("id") == unit);

    private static XDocument Load(string path) => XDocument.Load(path, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);

    private static void Save(XDocument xliff, string path) => File.WriteAllText(path, xliff.Declaration + "\n" + xliff.Root!.ToString(SaveOptions.DisableFormatting));

    [Fact]
    public async Task The_real_sites_russian_export_is_valid_xliff_2_1_and_importing_it_unchanged_changes_no_byte()
    {
        using var site = RealSite();
        var xlf = Path.Combine(site.Root, "ru.xlf");
        var export = await Run(site, "export", "ru", "--all", "--output", xlf);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("27 ru pages, 254 units (254 with a target from the existing translation)", export.Out);
        var text = File.ReadAllText(xlf);
        Assert.Empty(XliffSchema.Errors(text));
        Assert.Equal(27, Load(xlf).Descendants(Xlf + "file").Count());
        Assert.True(Load(xlf).Descendants(Xlf + "pc").Count() > 100, "links become <pc>");
        Assert.DoesNotContain("](", string.Concat(Load(xlf).Descendants(Xlf + "source").Select(s => string.Concat(s.Nodes().OfType<XText>().Select(t => t.Value)))));

        var before = Hashes(site);
        var import = await Run(site, "import", xlf);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("0 pages written.", import.Out);
        Assert.Equal(before, Hashes(site));
    }

    [Fact]
    public async Task An_edited_target_changes_exactly_that_text_in_the_markdown()
    {
        using var site = RealSite();
        var xlf = Path.Combine(site.Root, "ru.xlf");
        await Run(site, "export", "ru", "--all", "--output", xlf);
        var xliff = Load(xlf);
        var target = Unit(xliff, "ru/initiatives/digital-hub.md", "b1").Descendants(Xlf + "target").Single();
        var text = target.Nodes().OfType<XText>().Single(t => t.Value.Contains("Казахстан готов", StringComparison.Ordinal));
        text.Value = text.Value.Replace("Казахстан готов", "Республика Казахстан готова", StringComparison.Ordinal);
        Save(xliff, xlf);
        var page = Path.Combine(site.Input, "ru", "initiatives", "digital-hub.md");
        var expected = File.ReadAllText(page).Replace("md) Казахстан готов оказывать", "md) Республика Казахстан готова оказывать", StringComparison.Ordinal);
        var others = Hashes(site).Where(h => !h.Key.EndsWith("digital-hub.md", StringComparison.Ordinal) || !h.Key.StartsWith("ru", StringComparison.Ordinal)).ToList();

        var import = await Run(site, "import", xlf);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("updated input/ru/initiatives/digital-hub.md: 1 of 9 units changed (b1); recorded as made from en/initiatives/digital-hub.md version ea0632112df8", import.Out);
        Assert.Equal(expected, File.ReadAllText(page));
        Assert.Equal(others, Hashes(site).Where(h => others.Any(o => o.Key == h.Key)).ToList());
        Assert.Equal(0, (await Check(site)).ExitCode);
    }

    [Fact]
    public async Task Missing_pages_come_back_as_new_translations_current_when_complete_and_marked_untranslated_when_not()
    {
        using var site = TempSite.Fixture();
        var xlf = Path.Combine(site.Root, "zh.xlf");
        var export = await Run(site, "export", "zh", "--missing", "--output", xlf);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Empty(XliffSchema.Errors(File.ReadAllText(xlf)));
        Assert.Equal(0, (await Run(site, "import", xlf)).ExitCode); // nothing translated: nothing written
        Assert.False(File.Exists(Path.Combine(site.Input, "zh", "events", "meeting.md")));

        var xliff = Load(xlf);
        foreach (var unit in xliff.Descendants(Xlf + "file").Single(f => (string?)f.Attribute("original") == "zh/events/meeting.md").Descendants(Xlf + "unit"))
            Translate(unit, "会议");
        var partial = xliff.Descendants(Xlf + "file").Single(f => (string?)f.Attribute("original") == "zh/priorities/alpha.md");
        Translate(partial.Descendants(Xlf + "unit").First(), "阿尔法优先方向");
        Save(xliff, xlf);

        var import = await Run(site, "import", xlf);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("created input/zh/events/meeting.md: 4 of 4 units translated; recorded as made from en/events/meeting.md", import.Out);
        Assert.Contains("created input/zh/priorities/alpha.md: 1 of 3 units translated; marked 'untranslated: true'", import.Out);
        var meeting = File.ReadAllText(Path.Combine(site.Input, "zh", "events", "meeting.md"));
        Assert.Matches("^---\ntitle: 会议 title\ndescription: 会议 description\ntranslatedFrom: [0-9a-f]{12}\n---\n\n## 会议 b1\n\n会议 b2\n$", meeting);
        var alpha = File.ReadAllText(Path.Combine(site.Input, "zh", "priorities", "alpha.md"));
        Assert.Contains("title: 阿尔法优先方向 title\ndescription: The first priority.\ntranslatedFrom: ", alpha);
        Assert.Contains("\nuntranslated: true\n---\n\nThe first priority has an [initiative](../initiatives/one.md).", alpha);

        var build = await Build(site);
        Assert.DoesNotContain("missing:  input/zh/events/meeting.md", build.Out);
        Assert.Contains("missing:  input/zh/priorities/alpha.md (started", build.Out);
    }

    /// <summary>Fills a unit's target with a marked copy of its source text (codes kept) and sets it translated.</summary>
    private static void Translate(XElement unit, string word)
    {
        var segment = unit.Element(Xlf + "segment")!;
        segment.Element(Xlf + "target")?.Remove();
        var target = new XElement(Xlf + "target", $"{word} {unit.Attribute("id")!.Value}");
        segment.Add(target);
        segment.SetAttributeValue("state", "translated");
    }

    [Fact]
    public async Task A_translator_moving_a_link_keeps_its_markdown_intact()
    {
        using var site = RealSite();
        var xlf = Path.Combine(site.Root, "ru.xlf");
        await Run(site, "export", "ru", "--all", "--output", xlf);
        var xliff = Load(xlf);
        var target = Unit(xliff, "ru/initiatives/digital-hub.md", "b1").Descendants(Xlf + "target").Single();
        var link = target.Element(Xlf + "pc")!;
        link.Remove();
        target.ReplaceNodes(new XText("Казахстан готов стать цифровым хабом ШОС, как предусматривает приоритет "), link, new XText("."));
        Save(xliff, xlf);
        Assert.Equal(0, (await Run(site, "import", xlf)).ExitCode);
        Assert.Contains("\nКазахстан готов стать цифровым хабом ШОС, как предусматривает приоритет [цифрового сотрудничества](../priorities/digital-cooperation.md).\n",
            File.ReadAllText(Path.Combine(site.Input, "ru", "initiatives", "digital-hub.md")));
    }

    [Theory]
    [InlineData("<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"ru\"><file id=\"f1\">\n<unit id=\"u\"><segment><source>x</source></segment></unit></file></xliff>",
        "x.xlf:1:95: error: This <file> was not exported by SccSite")]
    [InlineData("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"en\" datatype=\"plaintext\"><body/></file></xliff>",
        "x.xlf:2:2: error: This is not an XLIFF 2 document")]
    [InlineData("<?xml version=\"1.0\"?>\n<xliff version=\"2.1\">\n  <file>\n</xliff>", "x.xlf:4:3: error: The file is not well-formed XML")]
    public async Task A_malformed_or_foreign_file_is_an_error_at_its_line_and_nothing_is_written(string xml, string error)
    {
        using var site = TempSite.Fixture();
        var before = Hashes(site);
        var path = Path.Combine(site.Root, "x.xlf");
        File.WriteAllText(path, xml);
        var import = await CliRunner.RunAsync("translations", "import", path, "--input", site.Input, "--theme", site.Theme);
        Assert.Equal(CommandLine.SiteErrors, import.ExitCode);
        Assert.Contains(error, import.Error.Replace(path, "x.xlf", StringComparison.Ordinal));
        Assert.Contains("Nothing was written.", import.Error);
        Assert.Equal(before, Hashes(site));
    }

    [Fact]
    public async Task A_broken_unit_anywhere_stops_the_whole_import()
    {
        using var site = RealSite();
        var xlf = Path.Combine(site.Root, "ru.xlf");
        await Run(site, "export", "ru", "--all", "--output", xlf);
        var xliff = Load(xlf);
        var good = Unit(xliff, "ru/about.md", "title").Descendants(Xlf + "target").Single();
        good.Value = "Новый заголовок";
        var bad = Unit(xliff, "ru/index.md", "b2").Descendants(Xlf + "target").Single();
        bad.Descendants(Xlf + "pc").First().SetAttributeValue("dataRefEnd", "d99");
        Save(xliff, xlf);
        var before = Hashes(site);
        var import = await Run(site, "import", xlf);
        Assert.Equal(CommandLine.SiteErrors, import.ExitCode);
        Assert.Matches(@"ru\.xlf:\d+:\d+: error: <pc> refers to original data 'd99', which the unit does not have\.", import.Error);
        Assert.Equal(before, Hashes(site));
    }

    [Fact]
    public async Task A_page_edited_since_the_export_is_not_overwritten()
    {
        using var site = RealSite();
        var xlf = Path.Combine(site.Root, "ru.xlf");
        await Run(site, "export", "ru", "--all", "--output", xlf);
        site.Edit("input/ru/about.md", s => s.Replace("## Об организации", "## Об организации ШОС"));
        var import = await Run(site, "import", xlf);
        Assert.Equal(CommandLine.SiteErrors, import.ExitCode);
        Assert.Matches(@"ru\.xlf:\d+:\d+: error: input/ru/about\.md changed since the export, so importing would lose those changes\. Export again", import.Error);
    }

    [Fact]
    public async Task A_stale_page_exports_its_changed_units_as_initial_and_imports_as_current_once_they_are_translated()
    {
        using var site = TempSite.Fixture();
        site.Write("input/ru/events/meeting.md", "---\ntitle: Встреча\ndescription: Двухдневная встреча в Астане.\n---\n\n## Повестка\n\nДва дня переговоров.\n");
        await Run(site, "mark-current", "input/ru/events/meeting.md");
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "Meeting translated");
        site.Edit("input/en/events/meeting.md", s => s.Replace("Two days of talks.", "Two days of talks and a joint statement."));
        GitRepo.CommitAll(site.Root, "Meeting: joint statement");

        var xlf = Path.Combine(site.Root, "ru.xlf");
        var export = await Run(site, "export", "ru", "--stale", "--output", xlf);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Empty(XliffSchema.Errors(File.ReadAllText(xlf)));
        var xliff = Load(xlf);
        string State(string unit) => (string)Unit(xliff, "ru/events/meeting.md", unit).Element(Xlf + "segment")!.Attribute("state")!;
        Assert.Equal(["final", "final", "final", "initial"], new[] { "title", "description", "b1", "b2" }.Select(State));

        var changed = Unit(xliff, "ru/events/meeting.md", "b2").Element(Xlf + "segment")!;
        changed.Element(Xlf + "target")!.Value = "Два дня переговоров и совместное заявление.";
        changed.SetAttributeValue("state", "translated");
        Save(xliff, xlf);
        var import = await Run(site, "import", xlf);
        Assert.Contains("updated input/ru/events/meeting.md: 1 of 4 units changed (b2); recorded as made from en/events/meeting.md", import.Out);
        var build = await Build(site);
        Assert.DoesNotContain("stale:    input/ru/events/meeting.md", build.Out);
    }

    [Fact]
    public void The_shipped_schemas_are_the_published_oasis_files()
    {
        static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal("5686d2dbe9dac95e34d1b06a805e1e0f4999db5d5a67dc8bb8514c780592a84d", Sha(XliffSchema.Core));
        Assert.Equal("61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c", Sha(XliffSchema.XmlNamespace));
        Assert.Contains("Copyright (c) OASIS Open 2018. All Rights Reserved.", File.ReadAllText(XliffSchema.Core));
        Assert.NotEmpty(XliffSchema.Errors("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\"/>")); // the schema bites: srcLang and a file are required
    }
}

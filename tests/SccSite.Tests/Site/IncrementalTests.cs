using System.Security.Cryptography;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>
/// The preview's incremental builds against clean builds, byte for byte, after each of a scripted
/// sequence of edits of every kind. A page that shows a changed value and is not rebuilt fails here.
/// </summary>
public sealed class IncrementalTests : IDisposable
{
    private readonly TempSite _site = TempSite.Fixture();
    private readonly BuildSession _session;

    public IncrementalTests() => _session = new BuildSession(Options("out-incremental"));

    public void Dispose() => _site.Dispose();

    private BuildOptions Options(string output) =>
        new BuildOptions(_site.Input, Path.Combine(_site.Root, output), _site.Theme) { IncludeDrafts = true, Search = SccSite.Publishing.Search.Off("tests") };

    public static TheoryData<string> Edits() => [.. Steps.Keys];

    private static readonly Dictionary<string, Action<TempSite>> Steps = new()
    {
        ["page text"] = s => s.Edit("input/en/about.md", t => t.Replace("Footnote here.", "Footnote here, edited.", StringComparison.Ordinal)),
        ["page title"] = s => s.Edit("input/en/priorities/alpha.md", t => t.Replace("title: ", "title: Renamed ", StringComparison.Ordinal)),
        ["page description"] = s => s.Edit("input/en/events/forum.md", t => t.Replace("description: A forum", "description: A changed forum", StringComparison.Ordinal)),
        ["translation text"] = s => s.Edit("input/ru/index.md", t => t + "\nЕщё абзац.\n"),
        ["translation title"] = s => s.Edit("input/zh/index.md", t => t.Replace("title: ", "title: 新", StringComparison.Ordinal)),
        ["new translation"] = s => s.Write("input/kk/about.md", Pages.Page("title: Сайт туралы\ndescription: Қарапайым бет.", "Мәтін.")),
        ["delete translation"] = s => File.Delete(Path.Combine(s.Input, "kk", "about.md")),
        ["event date (reorders lists)"] = s => s.Edit("input/en/events/forum.md", t => t.Replace("date: \"2023-10\"", "date: \"2025-01\"", StringComparison.Ordinal)),
        ["initiative order"] = s => s.Edit("input/en/initiatives/one.md", t => t.Replace("order: 1", "order: 5", StringComparison.Ordinal)),
        ["dictionary string"] = s => s.Edit("theme/i18n/en.yml", t => t.Replace("not_found:", "not_found:\n  # edited", StringComparison.Ordinal).Replace("  priorities: ", "  priorities: New ", StringComparison.Ordinal)),
        ["plural string"] = s => s.Edit("theme/i18n/ru.yml", t => t.Replace("one: \"{count} инициатива\"", "one: \"{count} инициатива!\"", StringComparison.Ordinal)),
        ["layout"] = s => s.Edit("theme/layouts/event.html", t => "<!-- event -->\n" + t),
        ["partial"] = s => s.Edit("theme/partials/card.html", t => t.Replace("<li class=\"card\">", "<li class=\"card card-edited\">", StringComparison.Ordinal)),
        ["stylesheet"] = s => s.Edit("theme/assets/css/site.css", t => t + "\n.edited { color: red; }\n"),
        ["place name"] = s => s.Edit("input/data/places.yml", t => t.Replace("  en: Astana", "  en: Astana City", StringComparison.Ordinal)),
        ["page added"] = s => s.Write("input/en/initiatives/two.md", Pages.Page("title: Two\ndescription: The second.\npriority: alpha\nstatus: planned\norder: 2", "Links to [one](one.md).")),
        ["link to a new heading"] = s =>
        {
            s.Edit("input/en/initiatives/two.md", t => t + "\n## Details\n\nSee [the forum](../events/forum.md).\n");
            s.Edit("input/en/about.md", t => t + "\nSee [the details](initiatives/two.md#details).\n");
        },
        ["page renamed"] = s =>
        {
            File.Move(Path.Combine(s.Input, "en", "initiatives", "two.md"), Path.Combine(s.Input, "en", "initiatives", "second.md"));
            s.Edit("input/en/about.md", t => t.Replace("initiatives/two.md#details", "initiatives/second.md#details", StringComparison.Ordinal));
        },
        ["draft toggled"] = s => s.Edit("input/en/initiatives/second.md", t => t.Replace("order: 2", "order: 2\ndraft: true", StringComparison.Ordinal)),
        ["page deleted"] = s =>
        {
            s.Edit("input/en/about.md", t => t.Replace("\nSee [the details](initiatives/second.md#details).\n", "", StringComparison.Ordinal));
            File.Delete(Path.Combine(s.Input, "en", "initiatives", "second.md"));
        },
        ["image replaced"] = s => File.Copy(Path.Combine(s.Input, "static", "images", "bar.svg"), Path.Combine(s.Input, "static", "images", "block.png.svg"), overwrite: true),
        ["translation key"] = s => s.Write("input/zh/guanyu.md", Pages.Page("title: 关于\ndescription: 描述。\ntranslationKey: about", "正文。")),
        ["translated title shown in a card"] = s => s.Edit("input/ru/priorities/alpha.md", t => t.Replace("title: ", "title: Новый ", StringComparison.Ordinal)),
        ["site.yml"] = s => s.Edit("input/site.yml", t => t.Replace("title: ", "title: Renamed ", StringComparison.Ordinal)),
    };

    [Fact]
    public void Every_edit_gives_the_same_bytes_as_a_clean_build()
    {
        var first = _session.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.True(_session.LastWork.Ran > 0);
        var step = 0;
        foreach (var (name, edit) in Steps)
        {
            step++;
            edit(_site);
            TouchLater(_site); // file times must move on for the session to see the change
            var incremental = _session.Build();
            var clean = SiteBuilder.Build(Options("out-clean") with { Force = true });
            Assert.True(clean.Succeeded, $"step {step} ({name}): the clean build failed: {string.Join("\n", clean.Errors)}");
            Assert.True(incremental.Succeeded, $"step {step} ({name}): {string.Join("\n", incremental.Errors)}");
            var difference = Compare(Path.Combine(_site.Root, "out-clean"), Path.Combine(_site.Root, "out-incremental"));
            Assert.True(difference is null, $"step {step} ({name}): {difference}");
        }
        Assert.True(step >= 20);
    }

    [Fact]
    public void An_edit_to_one_page_body_renders_only_that_page_again()
    {
        Assert.True(_session.Build().Succeeded);
        var total = _session.LastWork.Ran;
        _site.Edit("input/en/events/meeting.md", t => t + "\nOne more sentence.\n");
        TouchLater(_site);
        var result = _session.Build();
        Assert.True(result.Succeeded);
        // The English meeting page and its three fallback copies; no listing shows the body.
        Assert.Equal(["en/events/meeting/index.html", "kk/events/meeting/index.html", "ru/events/meeting/index.html", "zh/events/meeting/index.html"],
            result.Written!.Changed.Where(c => c.EndsWith(".html", StringComparison.Ordinal)));
        Assert.True(_session.LastWork.Ran < total / 4, $"{_session.LastWork.Ran} chains ran again of {total}");
    }

    [Fact]
    public void A_title_edit_renders_the_page_and_the_listings_that_show_it()
    {
        Assert.True(_session.Build().Succeeded);
        _site.Edit("input/en/events/meeting.md", t => t.Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        TouchLater(_site);
        var result = _session.Build();
        var changed = result.Written!.Changed;
        Assert.Contains("en/events/meeting/index.html", changed);
        Assert.Contains("en/events/index.html", changed); // the timeline lists it
        Assert.Contains("en/index.html", changed); // so does the home page
        Assert.DoesNotContain("sitemap.xml", changed); // the sitemap lists URLs, not titles
        Assert.DoesNotContain("en/about/index.html", changed);
        Assert.Contains("en/feed.xml", changed);
    }

    /// <summary>File times on fast file systems can repeat within a tick; push every file a second on.</summary>
    private static void TouchLater(TempSite site)
    {
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("out-", StringComparison.Ordinal)))
        {
            var info = new FileInfo(file);
            if (info.LastWriteTimeUtc > DateTime.UtcNow.AddSeconds(-5)) info.LastWriteTimeUtc = DateTime.UtcNow.AddSeconds(Interlocked.Increment(ref _tick));
        }
    }

    private static long _tick;

    private static string? Compare(string expected, string actual)
    {
        var a = Listing(expected);
        var b = Listing(actual);
        foreach (var missing in a.Keys.Except(b.Keys)) return $"the incremental build lacks {missing}";
        foreach (var extra in b.Keys.Except(a.Keys)) return $"the incremental build has an extra {extra}";
        foreach (var (path, hash) in a)
            if (b[path] != hash)
                return $"{path} differs:\n--- clean\n{File.ReadAllText(Path.Combine(expected, path))}\n--- incremental\n{File.ReadAllText(Path.Combine(actual, path))}";
        return null;
    }

    private static Dictionary<string, string> Listing(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}

using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>What an editor does: see the status report, refresh a stale translation, add a translated slug, use check in CI.</summary>
public class TranslationWorkflowTests
{
    private static string[] Args(TempSite site, string command, params string[] extra) => command == "build"
        ? [command, .. extra, "--input", site.Input, "--output", site.Output, "--theme", site.Theme]
        : [command, .. extra, "--input", site.Input, "--theme", site.Theme];

    [Fact]
    public async Task Build_prints_the_status_table_and_check_fails_on_missing_stale_or_orphaned_pages()
    {
        using var site = TempSite.Fixture();
        var build = await CliRunner.RunAsync(Args(site, "build"));
        Assert.Equal(0, build.ExitCode);
        var table = build.Out[build.Out.IndexOf("language  pages", StringComparison.Ordinal)..build.Out.IndexOf("\nBuilt", StringComparison.Ordinal)];
        Snapshot.Verify("fixture-report", table, ".txt");

        var check = await CliRunner.RunAsync(Args(site, "check"));
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("translations are incomplete", check.Error);
        Assert.Equal(1, (await CliRunner.RunAsync(Args(site, "build", "--strict"))).ExitCode);
    }

    [Fact]
    public async Task Editing_a_source_makes_its_translation_stale_until_marked_current()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/index.md", s => s.Replace("Welcome.", "Welcome to the fixture."));
        var build = await CliRunner.RunAsync(Args(site, "build"));
        Assert.Contains("stale:    input/ru/index.md (its source changed): see what changed with 'translations diff input/ru/index.md', update it, then run 'translations mark-current input/ru/index.md'", build.Out);
        Assert.Contains("stale:    input/zh/index.md (its source changed)", build.Out);
        Assert.Contains("notice-stale", site.Read("ru/index.html"));

        var mark = await CliRunner.RunAsync(Args(site, "translations", "mark-current", "input/ru/index.md"));
        Assert.Equal(0, mark.ExitCode);
        Assert.Contains("marked current: input/ru/index.md", mark.Out);
        build = await CliRunner.RunAsync(Args(site, "build"));
        Assert.DoesNotContain("stale:    input/ru/index.md", build.Out);
        Assert.Contains("stale:    input/zh/index.md", build.Out);
        Assert.DoesNotContain("notice-stale", site.Read("ru/index.html"));
    }

    [Fact]
    public async Task A_translation_without_a_recorded_source_version_is_stale_and_says_why()
    {
        using var site = TempSite.Fixture();
        site.Write("input/zh/about.md", "---\ntitle: 关于\ndescription: 简单页面。\n---\n\n正文。\n");
        var build = await CliRunner.RunAsync(Args(site, "build"));
        Assert.Contains("stale:    input/zh/about.md (no translatedFrom recorded)", build.Out);
    }

    [Fact]
    public async Task A_complete_site_passes_check()
    {
        using var site = TempSite.Fixture();
        File.Delete(Path.Combine(site.Input, "kk", "orphan.md"));
        var texts = new Dictionary<string, string>
        {
            ["ru"] = "Это тестовая страница сайта, целиком переведённая на русский язык.",
            ["zh"] = "这是测试网站的一个页面，已经完整地翻译成中文了。",
            ["kk"] = "Бұл сайттың қазақ тіліне толық аударылған сынақ беті болып табылады.",
        };
        foreach (var language in texts.Keys)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Input, "en"), "*.md", SearchOption.AllDirectories))
            {
                var target = Path.Combine(site.Input, language, Path.GetRelativePath(Path.Combine(site.Input, "en"), file));
                if (File.Exists(target)) continue;
                var text = File.ReadAllText(file);
                var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                var keep = text[..end].Split('\n').Where(l => l.StartsWith("title:", StringComparison.Ordinal) || l.StartsWith("description:", StringComparison.Ordinal) || l == "---");
                site.Write(Path.GetRelativePath(site.Root, target), string.Join('\n', keep) + "\n---\n\n" + texts[language] + "\n");
            }
        Assert.Equal(0, (await CliRunner.RunAsync(Args(site, "translations", "mark-current", "--all"))).ExitCode);
        var check = await CliRunner.RunAsync(Args(site, "check"));
        Assert.True(check.ExitCode == 0, check.Out + check.Error);
        Assert.Contains("ru            9           9      0        0         0", check.Out);
    }

    [Fact]
    public async Task A_translation_with_its_own_slug_is_matched_by_translation_key()
    {
        using var site = TempSite.Fixture();
        site.Write("input/ru/about-ru.md", "---\ntitle: О фикстуре\ndescription: Простая страница.\ntranslationKey: about\n---\n\nТекст.\n");
        var build = await CliRunner.RunAsync(Args(site, "build"));
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("О фикстуре", site.Read("ru/about-ru/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "ru", "about", "index.html")));
        Assert.Contains("href=\"/ru/about-ru/\"", site.Read("en/about/index.html"));
    }

    [Fact]
    public async Task A_right_to_left_language_gets_dir_rtl_on_the_page()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/site.yml", s => s.Replace("    culture: ru-RU\n", "    culture: ru-RU\n    direction: rtl\n"));
        Assert.Equal(0, (await CliRunner.RunAsync(Args(site, "build"))).ExitCode);
        Assert.Contains("<html lang=\"ru\" dir=\"rtl\">", site.Read("ru/index.html"));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", site.Read("en/index.html"));
        Assert.Contains("lang=\"en\" dir=\"ltr\"", site.Read("ru/about/index.html"));
    }
}

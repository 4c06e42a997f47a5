using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>A build with nothing changed since the last one into the same output does nothing, and says so; any change makes it a full build.</summary>
public class UpToDateTests
{
    [Fact]
    public void A_second_build_with_no_change_writes_nothing_and_reports_the_same_status()
    {
        using var site = TempSite.Fixture();
        var first = site.Build();
        var second = site.Build();
        Assert.True(second.Succeeded);
        Assert.True(second.UpToDate);
        Assert.Equal(0, second.Written!.Written);
        Assert.Equal(first.Written!.Written + first.Written.Unchanged, second.Written.Unchanged);
        Assert.Equal(first.Report.Select(r => r.ToString()), second.Report.Select(r => r.ToString()));
        Assert.Equal(first.Notices, second.Notices);
        Assert.Equal(first.Pages, second.Pages);
    }

    [Fact]
    public void Touching_an_input_or_a_theme_file_makes_a_full_build()
    {
        using var site = TempSite.Fixture();
        site.Build();
        File.SetLastWriteTimeUtc(Path.Combine(site.Input, "en", "about.md"), DateTime.UtcNow.AddMinutes(1));
        Assert.False(site.Build().UpToDate);
        Assert.True(site.Build().UpToDate);
        File.AppendAllText(Path.Combine(site.Theme, "layouts", "page.html"), "\n");
        Assert.False(site.Build().UpToDate);
    }

    [Fact]
    public void An_output_edited_or_deleted_by_hand_is_rebuilt()
    {
        using var site = TempSite.Fixture();
        site.Build();
        var about = Path.Combine(site.Output, "en", "about", "index.html");
        var original = File.ReadAllText(about);
        File.WriteAllText(about, "tampered");
        var rebuilt = site.Build();
        Assert.False(rebuilt.UpToDate);
        Assert.Equal(1, rebuilt.Written!.Written);
        Assert.Equal(original, File.ReadAllText(about));
        File.Delete(about);
        Assert.False(site.Build().UpToDate);
        Assert.True(File.Exists(about));
    }

    [Fact]
    public void Other_options_or_force_build_again()
    {
        using var site = TempSite.Fixture();
        site.Build();
        Assert.False(site.Build(baseUrl: "https://example.org/sco/").UpToDate);
        Assert.False(SiteBuilder.Build(site.Options() with { Force = true }).UpToDate);
        Assert.False(SiteBuilder.Build(site.Options() with { IncludeDrafts = true }).UpToDate);
    }

    [Fact]
    public void Check_never_counts_as_a_build()
    {
        using var site = TempSite.Fixture();
        site.Build();
        Assert.False(SiteBuilder.Build(site.Options() with { LastPhase = SccSite.Engine.Phase.Render }).UpToDate);
    }
}

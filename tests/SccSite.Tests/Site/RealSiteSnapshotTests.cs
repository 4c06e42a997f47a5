using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>The real input/ site: its home and one page of each kind, in every language.</summary>
public class RealSiteSnapshotTests : IClassFixture<RealSiteSnapshotTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = new TempSite(Repo.Input);
            Result = Site.Build();
        }

        public TempSite Site { get; }
        public BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    private readonly Built _built;

    public RealSiteSnapshotTests(Built built) => _built = built;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "ru", "zh", "kk" })
            foreach (var page in new[] { "", "priorities/", "priorities/energy-cooperation/", "initiatives/", "initiatives/energy-strategy-2030/", "events/", "events/astana-summit/", "about/" })
                data.Add(language, page);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_matches_its_snapshot(string language, string page)
    {
        Assert.True(_built.Result.Succeeded, string.Join("\n", _built.Result.Errors));
        var name = $"site/{language}/{(page.Length == 0 ? "home" : page.TrimEnd('/').Replace('/', '-'))}";
        Snapshot.Verify(name, _built.Site.Read($"{language}/{page}index.html"));
    }

    [Fact]
    public void Root_page_matches_its_snapshot()
    {
        Assert.True(_built.Result.Succeeded, string.Join("\n", _built.Result.Errors));
        Snapshot.Verify("site/root", _built.Site.Read("index.html"));
    }
}

using SccSite.Engine;
using Xunit;

namespace SccSite.Tests.Engine;

public class OutputPathTests
{
    [Theory]
    [InlineData("../escape.html")]
    [InlineData("en/../../escape.html")]
    [InlineData("C:/windows/evil.html")]
    [InlineData("")]
    [InlineData("en/a?b.html")]
    public void Paths_that_could_leave_the_output_folder_are_rejected(string path) =>
        Assert.Throws<ArgumentException>(() => OutputPath.Normalize(path));

    [Theory]
    [InlineData("en/about/index.html", "en/about/index.html")]
    [InlineData("/en//about/./index.html", "en/about/index.html")]
    [InlineData("zh\\关于\\index.html", "zh/关于/index.html")]
    public void Safe_paths_are_normalized(string path, string expected) =>
        Assert.Equal(expected, OutputPath.Normalize(path));

    [Fact]
    public void Under_keeps_the_result_inside_the_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "out");
        Assert.Equal(Path.Combine(root, "en", "index.html"), OutputPath.Under(root, "en/index.html"));
        Assert.Throws<ArgumentException>(() => OutputPath.Under(root, "../x"));
    }
}

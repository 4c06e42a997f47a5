using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Modules;

/// <summary>Images in a real build: every format gets its size in the page, a file that is not an image fails at its line.</summary>
public class MeasureImagesTests
{
    private const string Images = "![A blue block](../static/images/block.png) ![A blue bar](../static/images/bar.svg)";

    [Fact]
    public void Every_format_gets_its_shown_size_in_the_page()
    {
        using var site = TempSite.Fixture();
        var folder = Path.Combine(site.Input, "static", "images");
        File.WriteAllBytes(Path.Combine(folder, "photo.jpg"), ImageBytes.Jpeg(400, 300, orientation: 6));
        File.WriteAllBytes(Path.Combine(folder, "anim.gif"), ImageBytes.Gif(12, 7));
        File.WriteAllBytes(Path.Combine(folder, "wide.webp"), ImageBytes.WebPExtended(1200, 630));
        File.WriteAllBytes(Path.Combine(folder, "tiny.png"), ImageBytes.Png(3, 2));
        site.Edit("input/en/about.md", s => s.Replace(Images,
            "![A photo](../static/images/photo.jpg) ![A gif](../static/images/anim.gif) ![Wide](../static/images/wide.webp) ![Tiny](../static/images/tiny.png)"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var html = site.Read("en/about/index.html");
        Assert.Contains("src=\"/static/images/photo.jpg\" width=\"300\" height=\"400\"", html);
        Assert.Contains("src=\"/static/images/anim.gif\" width=\"12\" height=\"7\"", html);
        Assert.Contains("src=\"/static/images/wide.webp\" width=\"1200\" height=\"630\"", html);
        Assert.Contains("src=\"/static/images/tiny.png\" width=\"3\" height=\"2\"", html);
    }

    [Theory]
    [InlineData("notes.png", "This is a text file, not a picture.\n", "its bytes are not a PNG, JPEG, GIF, WebP or SVG image")]
    [InlineData("drawing.svg", "<html>not svg</html>", "it has no <svg> element, so it is not an SVG image")]
    public void A_file_that_is_not_an_image_is_an_error_at_the_image(string name, string content, string problem)
    {
        using var site = TempSite.Fixture();
        File.WriteAllText(Path.Combine(site.Input, "static", "images", name), content);
        site.Edit("input/en/about.md", s => s.Replace(Images, $"Look: ![A picture](../static/images/{name})"));
        Assert.Equal(
            $"input/en/about.md:22:7: error: The image '../static/images/{name}' is not an image: {problem}. Save it as PNG, JPEG, WebP, GIF or SVG, or link it as a file with [text](...) instead of ![alt](...).",
            Assert.Single(site.Build().Errors).ToString());
    }
}

using SccSite.Markdown;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Modules;

public class ImageTests
{
    private static readonly string Images = Path.Combine(Repo.FixtureSite, "input", "static", "images");

    [Fact]
    public void Png_and_svg_sizes_come_from_the_file()
    {
        Assert.Equal((6, 4), ImageSize.Read(File.ReadAllBytes(Path.Combine(Images, "block.png")), ".png"));
        Assert.Equal((120, 40), ImageSize.Read(File.ReadAllBytes(Path.Combine(Images, "bar.svg")), ".svg"));
        Assert.Equal((32, 32), ImageSize.Read(File.ReadAllBytes(Path.Combine(Repo.Theme, "assets", "favicon.svg")), ".svg"));
        Assert.Null(ImageSize.Read("not an image"u8, ".png"));
    }

    [Fact]
    public void Jpeg_and_gif_headers_are_read()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x03];
        Assert.Equal((600, 300), ImageSize.Read(jpeg, ".jpg"));
        Assert.Equal((10, 7), ImageSize.Read("GIF89a\x0a\x00\x07\x00"u8.ToArray(), ".gif"));
    }

    [Fact]
    public void Images_are_copied_and_get_their_dimensions_in_the_page()
    {
        using var site = TempSite.Fixture();
        Assert.True(site.Build().Succeeded);
        var html = site.Read("ru/about/index.html");
        Assert.Contains("<img src=\"/static/images/block.png\" width=\"6\" height=\"4\" loading=\"lazy\" decoding=\"async\" alt=\"A blue block\" />", html);
        Assert.Contains("<a href=\"/static/images/bar.svg\">the bar</a>", html);
        Assert.True(File.Exists(Path.Combine(site.Output, "static", "images", "block.png")));
    }

    [Theory]
    [InlineData("![A blue block](../static/images/missing.png)", "input/en/about.md:22:1: error: The image '../static/images/missing.png' was not found")]
    [InlineData("![](../static/images/block.png)", "input/en/about.md:22:1: error: The image '../static/images/block.png' has no alt text.")]
    [InlineData("![Outside](../../../secret.png)", "it leaves the input folder")]
    [InlineData("[file](../static/nothing.pdf)", "input/en/about.md:22:1: error: The link '../static/nothing.pdf' points to a file that was not found")]
    public void Bad_images_and_file_links_are_reported_at_their_line(string markdown, string expected)
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("![A blue block](../static/images/block.png) ![A blue bar](../static/images/bar.svg)", markdown));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(expected, string.Join("\n", result.Errors));
    }
}

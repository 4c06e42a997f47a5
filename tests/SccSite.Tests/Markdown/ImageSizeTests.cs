using SccSite.Markdown;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Markdown;

/// <summary>Image sizes read by MetadataExtractor from real image bytes made in the test.</summary>
public class ImageSizeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(640, 480)]
    [InlineData(3, 2000)]
    public void Png_sizes_come_from_the_header(int width, int height) =>
        Assert.Equal((width, height), ImageSize.Read(ImageBytes.Png(width, height), ".png"));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 5)]
    public void Gif_sizes_come_from_the_header(int width, int height) =>
        Assert.Equal((width, height), ImageSize.Read(ImageBytes.Gif(width, height), ".gif"));

    [Theory]
    [InlineData(null, 400, 300)]
    [InlineData(1, 400, 300)]
    [InlineData(2, 400, 300)]
    [InlineData(3, 400, 300)]
    [InlineData(4, 400, 300)]
    [InlineData(5, 300, 400)]
    [InlineData(6, 300, 400)]
    [InlineData(7, 300, 400)]
    [InlineData(8, 300, 400)]
    public void Jpeg_sizes_follow_the_exif_orientation(int? orientation, int width, int height)
    {
        Assert.Equal((width, height), ImageSize.Read(ImageBytes.Jpeg(400, 300, orientation), ".jpg"));
        Assert.Equal((width, height), ImageSize.Read(ImageBytes.Jpeg(400, 300, orientation, bigEndianExif: true), ".jpeg"));
    }

    [Fact]
    public void WebP_sizes_come_from_vp8_vp8l_and_vp8x()
    {
        Assert.Equal((1, 1), ImageSize.Read(ImageBytes.WebPLossy1x1, ".webp"));
        Assert.Equal((1, 1), ImageSize.Read(ImageBytes.WebPLossless1x1, ".webp"));
        Assert.Equal((1200, 630), ImageSize.Read(ImageBytes.WebPLosslessHeader(1200, 630), ".webp"));
        Assert.Equal((5000, 3), ImageSize.Read(ImageBytes.WebPExtended(5000, 3), ".webp"));
    }

    [Fact]
    public void The_content_decides_not_the_extension() =>
        Assert.Equal((8, 9), ImageSize.Read(ImageBytes.Gif(8, 9), ".png"));

    [Theory]
    [InlineData("not an image", ".png", "its bytes are not a PNG, JPEG, GIF, WebP or SVG image")]
    [InlineData("<html><body>Hi</body></html>", ".svg", "it has no <svg> element, so it is not an SVG image")]
    [InlineData("BM\0\0\0\0\0\0\0\0\0\0\0\0", ".png", "it is Device Independent Bitmap, not a PNG, JPEG, GIF, WebP or SVG image")]
    public void A_file_that_is_not_an_image_says_so(string content, string extension, string problem) =>
        Assert.Equal(new ImageProbe(null, problem), ImageSize.Probe(System.Text.Encoding.UTF8.GetBytes(content), extension));

    [Fact]
    public void A_png_cut_off_before_its_size_is_damaged() =>
        Assert.Equal(new ImageProbe(null, "its PNG header is damaged: the width and height cannot be read"), ImageSize.Probe(ImageBytes.Png(4, 4)[..20], ".png"));

    [Fact]
    public void Damaged_bytes_are_a_problem_or_a_size_never_an_exception()
    {
        var random = new Random(11);
        byte[][] seeds = [ImageBytes.Png(5, 5), ImageBytes.Gif(3, 3), ImageBytes.Jpeg(4, 4, 6), ImageBytes.WebPLossy1x1, ImageBytes.WebPExtended(9, 9)];
        for (var i = 0; i < 500; i++)
        {
            var bytes = (byte[])seeds[i % seeds.Length].Clone();
            for (var k = random.Next(1, 6); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            if (i % 4 == 0) bytes = bytes[..random.Next(1, bytes.Length)];
            var probe = ImageSize.Probe(bytes, ".png");
            Assert.True(probe.Size is not null || probe.Problem is not null);
        }
    }

    [Fact]
    public void An_svg_without_a_size_is_an_image_without_a_size() =>
        Assert.Equal(new ImageProbe(null, null), ImageSize.Probe("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"u8.ToArray(), ".svg"));
}

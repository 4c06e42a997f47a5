using SccSite.Markdown;
using Xunit;

namespace SccSite.Tests.Markdown;

public class UrlSchemesTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("  javascript:alert(1)", "javascript")]
    [InlineData("\u0001\u0002javascript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData("java\nscript:alert(1)", "javascript")]
    [InlineData("java\u200Bscript:alert(1)", "javascript")]
    [InlineData("javascript&#58;alert(1)", "javascript")]
    [InlineData("javascript&colon;alert(1)", "javascript")]
    [InlineData("&#106;avascript:alert(1)", "javascript")]
    [InlineData("java%0ascript:alert(1)", "javascript")]
    [InlineData("javascript%3Aalert(1)", "javascript")]
    [InlineData("java%250ascript:alert(1)", "javascript")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data")]
    [InlineData("DATA:image/png;base64,AAAA", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.org/x", "ftp")]
    public void Unsafe_schemes_are_found_through_every_disguise(string url, string scheme) =>
        Assert.Equal(scheme, UrlSchemes.Disallowed(url));

    [Theory]
    [InlineData("https://example.org/a?b=c:d")]
    [InlineData("HTTP://example.org/")]
    [InlineData("mailto:press@example.org")]
    [InlineData("tel:+77172000000")]
    [InlineData("../priorities/energy-cooperation.md#goals")]
    [InlineData("events/astana-summit.md")]
    [InlineData("#привет-мир")]
    [InlineData("//example.org/x")]
    [InlineData("../static/images/block.png")]
    [InlineData("page.md?x=a:b")]
    [InlineData("")]
    public void Relative_and_web_urls_are_safe(string url) => Assert.Null(UrlSchemes.Disallowed(url));
}

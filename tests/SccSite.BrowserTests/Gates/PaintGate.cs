using BigGustave;
using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Compares what Chromium painted (a screenshot of the window) with what the page's styles ask for,
/// so a page that is styled right in the DOM but not on screen fails:
/// <list type="bullet">
/// <item>the site header's band shows its own background colour, and its bottom border the border
/// colour, and that colour is not the page's (a stylesheet that did not load leaves both the same);</item>
/// <item>the page's heading (main h1, or on the root chooser the first language link) starts in the
/// first screen and its box shows its text colour (ink), so it is not hidden, transparent, covered
/// or pushed below the fold.</item>
/// </list>
/// Colours are measured against the page's own computed styles, not a golden picture, so the gate
/// holds in Debian's Chromium and in Google Chrome alike, whatever their font rasterising.
/// </summary>
public static class PaintGate
{
    /// <summary>The share of a heading's text box that must be painted in (or near) its text colour.</summary>
    public const double MinInk = 0.02;

    /// <summary>How far (per channel) a pixel may be from a colour and still count as it (antialiasing, colour management).</summary>
    public const int Tolerance = 12;

    private const string MeasureScript = """
        () => {
          const rgba = s => { const m = s.match(/[\d.]+/g) || []; return m.length >= 3 ? { r: +m[0], g: +m[1], b: +m[2], a: m.length > 3 ? +m[3] : 1 } : null; };
          const box = r => ({ x: r.left, y: r.top, w: r.width, h: r.height });
          const header = document.querySelector('body > header');
          const h1 = document.querySelector('main h1');
          const visible = e => e && e.getBoundingClientRect().width > 2 && e.getBoundingClientRect().height > 2;
          const heading = visible(h1) ? h1 : document.querySelector('main a');
          // The first line of the heading's first text: its box, and the colour of the element that draws it.
          let text = null, color = null;
          if (heading) {
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT, { acceptNode: n => n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP });
            const node = walker.nextNode();
            if (node) {
              const range = document.createRange();
              range.selectNodeContents(node);
              const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
              if (rects.length > 0) text = box(rects[0]);
              color = rgba(getComputedStyle(node.parentElement).color);
            }
          }
          const page = rgba(getComputedStyle(document.body).backgroundColor);
          return {
            scale: devicePixelRatio,
            page: page && page.a > 0 ? page : rgba(getComputedStyle(document.documentElement).backgroundColor),
            header: header ? { box: box(header.getBoundingClientRect()), background: rgba(getComputedStyle(header).backgroundColor),
                               border: rgba(getComputedStyle(header).borderBottomColor), borderWidth: parseFloat(getComputedStyle(header).borderBottomWidth) } : null,
            heading: heading ? { name: heading.tagName.toLowerCase(), text, color } : null,
          };
        }
        """;

    public sealed record Rgba(double R, double G, double B, double A)
    {
        public override string ToString() => $"rgb({R:0}, {G:0}, {B:0}){(A < 1 ? $" at alpha {A:0.##}" : "")}";
    }

    public sealed record Box(double X, double Y, double W, double H);

    private sealed record HeaderFacts(Box Box, Rgba? Background, Rgba? Border, double BorderWidth);

    private sealed record HeadingFacts(string Name, Box? Text, Rgba? Color);

    private sealed record Facts(double Scale, Rgba? Page, HeaderFacts? Header, HeadingFacts? Heading);

    /// <summary>Measures the page, takes a screenshot of the window (saved as <paramref name="saveAs"/> when set) and compares the two.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string? saveAs = null)
    {
        var facts = await Js.EvalAsync<Facts>(page, MeasureScript);
        var viewport = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 800 };
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = saveAs, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        var window = new Region(Png.Open(bytes), facts.Scale);
        var problems = new List<string>();
        var at = $"at {viewport.Width} px";
        if (facts.Header is { } header)
        {
            if (header.Background is not { A: 1 } background)
                problems.Add($"the site header has no opaque background ({header.Background}) {at}: is the stylesheet applied?");
            else
            {
                if (facts.Page is { } pageColour && Near(background, pageColour))
                    problems.Add($"the site header's background {background} is the page's own colour {at}: is the stylesheet applied?");
                var painted = window.At(header.Box.X + 2, header.Box.Y + 2);
                if (painted is not null && !Near(painted, background))
                    problems.Add($"the site header band is painted {painted}, not its background {background} {at}: something covers it");
                if (header.Border is { } border && header.BorderWidth >= 2)
                {
                    var line = window.At(header.Box.X + 2, header.Box.Y + header.Box.H - header.BorderWidth / 2);
                    if (line is not null && !Near(line, border))
                        problems.Add($"the site header's bottom border is painted {line}, not {border} {at}");
                }
            }
        }
        if (facts.Heading is not { } heading) problems.Add($"the page has no main h1 nor link to measure {at}");
        else if (heading.Text is not { } text) problems.Add($"the {heading.Name} has no text box {at}");
        else if (text.Y < 0 || text.Y + Math.Min(text.H, 8) > viewport.Height)
            problems.Add($"the {heading.Name} starts at y={text.Y:0}, outside the first screen {at}");
        else if (heading.Color is not { A: > 0.5 } ink)
            problems.Add($"the {heading.Name}'s text colour {heading.Color} is (nearly) transparent {at}");
        else
        {
            var share = window.InkShare(text, ink);
            if (share < MinInk)
                problems.Add($"the {heading.Name} is not painted: {share * 100:0.0}% of its text box shows its colour {ink} (needs {MinInk * 100:0}%) {at}; hidden, covered or invisible");
        }
        return problems;
    }

    /// <summary>A screenshot of the window; positions are in CSS pixels.</summary>
    private sealed record Region(Png Picture, double Scale)
    {
        public Rgba? At(double x, double y)
        {
            int px = (int)(x * Scale), py = (int)(y * Scale);
            return px >= 0 && py >= 0 && px < Picture.Width && py < Picture.Height ? ToRgba(Picture.GetPixel(px, py)) : null;
        }

        public double InkShare(Box box, Rgba ink)
        {
            int x0 = (int)Math.Max(0, box.X * Scale), y0 = (int)Math.Max(0, box.Y * Scale);
            int x1 = (int)Math.Min(Picture.Width, (box.X + box.W) * Scale), y1 = (int)Math.Min(Picture.Height, (box.Y + box.H) * Scale);
            if (x1 <= x0 || y1 <= y0) return 0;
            var inked = 0;
            for (var y = y0; y < y1; y++)
                for (var x = x0; x < x1; x++)
                    if (Near(ToRgba(Picture.GetPixel(x, y)), ink, Tolerance * 4)) inked++;
            return (double)inked / ((x1 - x0) * (y1 - y0));
        }
    }

    private static Rgba ToRgba(Pixel p) => new(p.R, p.G, p.B, p.A / 255.0);

    private static bool Near(Rgba a, Rgba b, int tolerance = Tolerance) =>
        Math.Abs(a.R - b.R) <= tolerance && Math.Abs(a.G - b.G) <= tolerance && Math.Abs(a.B - b.B) <= tolerance;
}

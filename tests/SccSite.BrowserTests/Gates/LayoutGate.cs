using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Layout checks on the rendered page. Narrow (360×740): no horizontal scroll, and the page's big boxes
/// (header, main, footer; header bar and site nav; brand and language switcher) do not overlap.
/// Wide (1280): main, and the listings (cards, timeline) where a page has one, span most of the window
/// instead of a narrow column beside empty space.
/// </summary>
public static class LayoutGate
{
    public const int NarrowWidth = 360;
    public const int NarrowHeight = 740;
    public const int WideWidth = 1280;
    public const int WideHeight = 800;

    /// <summary>The share of the window that a listing must span at 1280 px.</summary>
    public const double MinListingShare = 0.6;

    /// <summary>The share of the window the main element must span at 1280 px.</summary>
    public const double MinMainShare = 0.6;

    private const string NarrowScript = """
        () => {
          const problems = [];
          const de = document.documentElement;
          const vw = de.clientWidth;
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          if (de.scrollWidth > vw) {
            const wide = Array.from(document.body.querySelectorAll('*'))
              .filter(e => !e.closest('.skip-link, .visually-hidden'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > vw + 1; })
              .slice(-6).map(e => `${describe(e)} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
            problems.push(`horizontal scroll at ${vw} px: scrollWidth ${de.scrollWidth} > clientWidth ${vw}; sticking out: ${wide.join(', ')}`);
          }
          const box = sel => {
            const e = document.querySelector(sel);
            if (!e) return null;
            const r = e.getBoundingClientRect();
            return { sel, l: r.left, r: r.right, t: r.top + scrollY, b: r.bottom + scrollY };
          };
          const overlap = (a, b) => Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1;
          const groups = [
            ['body > header', 'main', 'body > footer'],
            ['.header-bar', 'nav.site-nav'],
            ['.brand', 'nav.language-switcher'],
          ];
          for (const group of groups) {
            const boxes = group.map(box).filter(b => b);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++)
                if (overlap(boxes[i], boxes[j])) problems.push(`${boxes[i].sel} overlaps ${boxes[j].sel} at ${vw} px`);
          }
          return problems;
        }
        """;

    private const string WideScript = """
        () => {
          const vw = document.documentElement.clientWidth;
          const main = document.querySelector('main').getBoundingClientRect();
          const lists = Array.from(document.querySelectorAll('main ul.cards, main ol.timeline'));
          const listing = lists.length > 0 ? Math.max(...lists.map(e => e.getBoundingClientRect().width)) : null;
          return { viewport: vw, main: main.width, listing };
        }
        """;

    private sealed record Wide(double Viewport, double Main, double? Listing);

    /// <summary>Checks at 360×740 and restores the previous viewport.</summary>
    public static async Task<IReadOnlyList<string>> CheckNarrowAsync(IPage page) => await WhileNarrowAsync(page, () => CheckAtCurrentWidthAsync(page));

    /// <summary>The narrow checks at the current viewport (the caller has set 360×740).</summary>
    public static async Task<IReadOnlyList<string>> CheckAtCurrentWidthAsync(IPage page) => await Js.EvalAsync<string[]>(page, NarrowScript);

    /// <summary>Runs something at 360×740, then restores the previous viewport.</summary>
    public static async Task<T> WhileNarrowAsync<T>(IPage page, Func<Task<T>> action)
    {
        var before = page.ViewportSize;
        await page.SetViewportSizeAsync(NarrowWidth, NarrowHeight);
        try
        {
            return await action();
        }
        finally
        {
            if (before is not null) await page.SetViewportSizeAsync(before.Width, before.Height);
        }
    }

    /// <summary>Checks at the current (1280 px wide) viewport.</summary>
    public static async Task<IReadOnlyList<string>> CheckWideAsync(IPage page)
    {
        var wide = await Js.EvalAsync<Wide>(page, WideScript);
        var problems = new List<string>();
        if (wide.Main < wide.Viewport * MinMainShare)
            problems.Add($"main is {wide.Main:0} px of {wide.Viewport:0} px ({wide.Main / wide.Viewport:P0}), less than {MinMainShare:P0}");
        if (wide.Listing is { } listing && listing < wide.Viewport * MinListingShare)
            problems.Add($"the listing spans {listing:0} px of {wide.Viewport:0} px ({listing / wide.Viewport:P0}), less than {MinListingShare:P0}: it leaves most of the window empty");
        return problems;
    }
}

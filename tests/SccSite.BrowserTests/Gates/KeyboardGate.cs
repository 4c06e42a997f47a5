using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Keyboard use of one page: the first Tab lands on a visible skip link, Enter on it moves focus to
/// #main, and tabbing from the top reaches every link and button, each with a visible focus indicator
/// (an outline or a box-shadow on the element or, for card links, on the card that wraps it).
/// </summary>
public static class KeyboardGate
{
    private const string MarkFocusables = """
        () => {
          const all = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'));
          const focusable = all.filter(e => e.tabIndex >= 0 && !e.disabled && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0);
          focusable.forEach((e, i) => e.setAttribute('data-kb', String(i)));
          return focusable.map(e => (e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 40) + '" ' + (e.getAttribute('href') || '')).trim());
        }
        """;

    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return { index: -1, id: '', isSkipLink: false, indicator: false, inViewport: false, text: '' };
          const shows = el => {
            const s = getComputedStyle(el);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
          };
          let indicator = shows(e);
          for (let p = e.parentElement, i = 0; !indicator && p && i < 3; p = p.parentElement, i++)
            if (p.matches(':focus-within') && shows(p)) indicator = true;
          const r = e.getBoundingClientRect();
          return {
            index: e.hasAttribute('data-kb') ? Number(e.getAttribute('data-kb')) : -2,
            id: e.id || '',
            isSkipLink: e.matches('a.skip-link[href="#main"]'),
            indicator,
            inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
            text: (e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 40) + '"'),
          };
        }
        """;

    private sealed record Focus(int Index, string Id, bool IsSkipLink, bool Indicator, bool InViewport, string Text);

    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string url, bool expectSkipLink = true)
    {
        var problems = new List<string>();
        if (expectSkipLink)
        {
            await page.GotoAsync(url);
            await page.Keyboard.PressAsync("Tab");
            var first = await Js.EvalAsync<Focus>(page, DescribeFocus);
            if (!first.IsSkipLink) problems.Add($"the first Tab focuses {first.Text}, not the skip link (a.skip-link href=\"#main\")");
            else
            {
                if (!first.InViewport) problems.Add("the focused skip link is not fully inside the window, so sighted keyboard users cannot see it");
                await page.Keyboard.PressAsync("Enter");
                var target = await Js.EvalAsync<Focus>(page, DescribeFocus);
                if (target.Id != "main") problems.Add($"Enter on the skip link leaves focus on {target.Text}, not on #main");
            }
        }

        await page.GotoAsync(url);
        var focusables = await Js.EvalAsync<string[]>(page, MarkFocusables);
        // Each element that takes focus describes itself as it does (focusin), so the Tabs need no round trip each.
        await page.EvaluateAsync($"() => {{ window.__kbLog = []; const describe = ({DescribeFocus}); document.addEventListener('focusin', () => window.__kbLog.push(describe()), true); }}");
        for (var step = 0; step < focusables.Length + 10; step++) await page.Keyboard.PressAsync("Tab");
        var reached = new HashSet<int>();
        foreach (var focus in await Js.EvalAsync<Focus[]>(page, "() => window.__kbLog"))
        {
            if (focus.Index >= 0 && !reached.Add(focus.Index)) break; // Wrapped around (after a stop in the browser's own controls).
            if (!focus.Indicator) problems.Add($"{focus.Text} has no visible focus indicator (outline-style none and no box-shadow)");
        }
        var missed = Enumerable.Range(0, focusables.Length).Where(i => !reached.Contains(i)).Select(i => focusables[i]).ToList();
        if (missed.Count > 0) problems.Add($"Tab never reaches {missed.Count} of {focusables.Length} focusable elements: {string.Join("; ", missed.Take(5))}");
        return problems;
    }
}

using System.Collections.Concurrent;
using SccSite.Config;
using SccSite.Content;
using SccSite.Templates.Views;
using Scriban.Runtime;

namespace SccSite.Templates;

/// <summary>
/// Renders pages of one build: builds each page's view and runs it through the theme. The
/// template functions of each language are made once and shared by all of its pages.
/// </summary>
public sealed class PageRenderer(Theme theme, RenderInputs inputs)
{
    private readonly ConcurrentDictionary<string, ScriptObject> _functions = new(StringComparer.Ordinal);

    public Theme Theme { get; } = theme;
    public RenderInputs Inputs { get; } = inputs;

    /// <summary>A content page through its kind's layout inside the base layout.</summary>
    public string Render(LocalizedPage page, TrustedHtml body, CancellationToken cancellation = default)
    {
        var strings = Theme.Strings(page.Language.Code);
        var view = PageViewBuilder.Build(page, Inputs, strings, body);
        return Theme.Render(LayoutFor(page.Node), view, SiteViews.For(page.Language, Inputs), FunctionsFor(page.Language), cancellation: cancellation);
    }

    /// <summary>A generated page (404, search) through its own layout inside the base layout.</summary>
    public string RenderSpecial(string layout, PageView view, Language language, CancellationToken cancellation = default) =>
        Theme.Render(layout, view, SiteViews.For(language, Inputs), FunctionsFor(language), cancellation: cancellation);

    /// <summary>The root layout (language chooser and root 404), which has no base layout.</summary>
    public string RenderRoot(RootView site, CancellationToken cancellation = default) =>
        Theme.Render(Theme.RootLayout, null, site, FunctionsFor(Inputs.Model.Config.Default), wrap: false, cancellation);

    public string LayoutFor(PageNode node) => node.Kind switch
    {
        PageKind.Section when Theme.HasLayout("section-" + node.Section) => "section-" + node.Section,
        _ => PageViewBuilder.KindName(node.Kind),
    };

    private ScriptObject FunctionsFor(Language language) => _functions.GetOrAdd(language.Code, code =>
        Theme.Functions(Theme.Strings(code), key =>
            (Inputs.Model.Find(key) ?? throw new KeyNotFoundException($"The template asks for the URL of page '{key}', which does not exist.")).In(code).Url));
}

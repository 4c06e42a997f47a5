using System.Collections.Concurrent;
using System.Text;
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

    // Each thread renders pages into one buffer it keeps: a page costs no growing strings.
    [ThreadStatic]
    private static StringBuilder? _buffer;

    /// <summary>A content page through its kind's layout inside the base layout, as UTF-8.</summary>
    public byte[] Render(LocalizedPage page, IHtmlContent body, CancellationToken cancellation = default)
    {
        var strings = Theme.Strings(page.Language.Code);
        var view = PageViewBuilder.Build(page, Inputs, strings, body);
        var buffer = _buffer ??= new StringBuilder(64 * 1024);
        buffer.Clear();
        Theme.RenderInto(buffer, LayoutFor(page.Node), view, Inputs.Site(page.Language), strings, FunctionsFor(page.Language), cancellation: cancellation);
        return Utf8(buffer);
    }

    private static byte[] Utf8(StringBuilder text)
    {
        var length = 0;
        foreach (var chunk in text.GetChunks()) length += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = new byte[length];
        var at = 0;
        var encoder = Encoding.UTF8.GetEncoder(); // keeps a surrogate pair split across chunks whole
        foreach (var chunk in text.GetChunks()) at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return bytes;
    }

    /// <summary>A generated page (404, search) through its own layout inside the base layout.</summary>
    public string RenderSpecial(string layout, PageView view, Language language, CancellationToken cancellation = default) =>
        Theme.Render(layout, view, Inputs.Site(language), Theme.Strings(language.Code), FunctionsFor(language), cancellation: cancellation);

    /// <summary>The root layout (language chooser and root 404), which has no base layout.</summary>
    public string RenderRoot(RootView site, CancellationToken cancellation = default) =>
        Theme.Render(Theme.RootLayout, null, site, Theme.Strings(Inputs.Model.Config.DefaultLanguage), FunctionsFor(Inputs.Model.Config.Default), wrap: false, cancellation);

    public string LayoutFor(PageNode node) => node.Kind switch
    {
        PageKind.Section when Theme.HasLayout("section-" + node.Section) => "section-" + node.Section,
        _ => PageViewBuilder.KindName(node.Kind),
    };

    private ScriptObject FunctionsFor(Language language) => _functions.GetOrAdd(language.Code, code =>
        Theme.Functions(Theme.Strings(code), key =>
            (Inputs.Model.Find(key) ?? throw new KeyNotFoundException($"The template asks for the URL of page '{key}', which does not exist.")).In(code).Url));
}

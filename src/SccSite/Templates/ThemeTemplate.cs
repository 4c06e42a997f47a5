using Scriban;

namespace SccSite.Templates;

/// <summary>A template parsed once, with the display path used in error messages.</summary>
public sealed record ThemeTemplate(string Name, string DisplayPath, Template Template);

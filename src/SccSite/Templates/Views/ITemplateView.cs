namespace SccSite.Templates.Views;

/// <summary>
/// A read-only object templates may print. Its C# properties are the template's fields, named in
/// snake_case (IsFallback → is_fallback): this is the one place each field is declared. Templates
/// are checked against these declarations when the theme loads.
/// </summary>
#pragma warning disable CA1040 // a marker: the declaration is the implementing record itself
public interface ITemplateView;
#pragma warning restore CA1040

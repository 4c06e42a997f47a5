namespace SccSite.Translations;

/// <summary>How many words of a translation's body are in each script, counted while the site is built, for the "untranslated?" check.</summary>
public sealed record BodyScripts(ScriptCount Count);

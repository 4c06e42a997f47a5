using System.Runtime.CompilerServices;

namespace SccSite.Tests.Testing;

internal static class TestDefaults
{
    /// <summary>Builds run by tests skip Pagefind unless a test asks for it, so outputs stay small and exact.</summary>
    [ModuleInitializer]
    internal static void TurnOffSearch() => Environment.SetEnvironmentVariable("SCCSITE_SEARCH", "off");
}

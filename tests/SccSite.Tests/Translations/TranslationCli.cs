using SccSite.Tests.Testing;

namespace SccSite.Tests.Translations;

/// <summary>Runs 'translations …' and 'check' on a temporary site.</summary>
internal static class TranslationCli
{
    public static Task<CliRunner.Result> Run(TempSite site, params string[] args) =>
        CliRunner.RunAsync(["translations", .. args, "--input", site.Input, "--theme", site.Theme]);

    public static Task<CliRunner.Result> Check(TempSite site) => CliRunner.RunAsync("check", "--input", site.Input, "--theme", site.Theme);

    public static Task<CliRunner.Result> Build(TempSite site) => CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);

    public static string Read(TempSite site, string path) => File.ReadAllText(Path.Combine(site.Root, path));

    public static byte[] Bytes(TempSite site, string path) => File.ReadAllBytes(Path.Combine(site.Root, path));

    /// <summary>A copy of the real site (input/ and theme/).</summary>
    public static TempSite RealSite() => new(Repo.Input);
}

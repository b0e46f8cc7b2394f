using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Tests.Support;

/// <summary>
/// The website built once per test run from the seed (Chinese) and the English sample of the same document, into
/// the test output (<c>artifacts/site</c>) where a person can open it after the run.
/// </summary>
public static class SiteBuild
{
    public static readonly SiteOptions Options = new("https://example.org/sitegen/", "SiteGen");

    private static readonly Lazy<Built> Instance = new(() => Build(RepositoryPaths.Artifacts("site")));

    public sealed record Built(string Directory, IReadOnlyList<ResolutionDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics);

    public static Built Site => Instance.Value;

    public static ResolutionDocument Seed => Site.Documents[0];

    public static string EnglishSamplePath => Path.Combine(RepositoryPaths.Root, "tests", "SiteGen.Tests", "Cases", "parsing", "en-seed-translation", "input.md");

    /// <summary>The seed and the English sample as the build models them.</summary>
    public static IReadOnlyList<ResolutionDocument> Documents()
    {
        var seed = Sources.Seed(out _);
        var english = Sources.Model(File.ReadAllText(EnglishSamplePath), Sources.SeedMetadata with { Language = "en" }, out _, "tests/SiteGen.Tests/Cases/parsing/en-seed-translation/input.md");
        return [seed, english];
    }

    /// <summary>Renders the hand-built fixture document (an ibid. note, symbol and web links) into a fresh directory.</summary>
    public static string BuildFixture(string directory)
    {
        Recreate(directory);
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(RepositoryPaths.Templates).Render([SiteFixtureDocument.Chinese()], Options, directory, diagnostics);
        Assert.Empty(diagnostics.Items);
        return directory;
    }

    /// <summary>Renders the site, with each page's e-book and model export beside it, into a fresh directory.</summary>
    public static Built Build(string directory)
    {
        Recreate(directory);
        var documents = Documents();
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(RepositoryPaths.Templates).Render(documents, Options, directory, diagnostics, document => EditionFiles.Write(document, directory));
        return new Built(directory, documents, diagnostics.Items);
    }

    private static void Recreate(string directory)
    {
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(directory);
    }
}

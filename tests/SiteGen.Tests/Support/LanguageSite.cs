using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Tests.Support;

/// <summary>
/// The website built once per test run from the language samples (<see cref="LanguageSamples"/>: Arabic, right to
/// left, and Russian, Spanish and French), modelled the way <c>build</c> models them, into the test output
/// (<c>artifacts/language-site</c>) where a person can open it after the run.
/// </summary>
public static class LanguageSite
{
    private static readonly Lazy<SiteBuild.Built> Instance = new(Build);

    public static SiteBuild.Built Site => Instance.Value;

    public static string Directory => Site.Directory;

    /// <summary>The page path of a sample inside the site: <c>ar/A/C.3/80/L.90/</c>.</summary>
    public static string PagePath(LanguageSamples.Sample sample) =>
        $"{UnLanguage.Find(sample.Metadata.Language).Code}/{sample.Metadata.Symbol}/";

    private static SiteBuild.Built Build()
    {
        var directory = RepositoryPaths.Artifacts("language-site");
        System.IO.Directory.Delete(directory, recursive: true);
        System.IO.Directory.CreateDirectory(directory);
        var diagnostics = new DiagnosticBag();
        var documents = new List<ResolutionDocument>();
        foreach (var sample in LanguageSamples.All)
        {
            var document = sample.Model(out var modelDiagnostics);
            Assert.False(modelDiagnostics.HasErrors, string.Join("\n", modelDiagnostics.Items));
            documents.Add(document);
        }

        new SiteRenderer(RepositoryPaths.Templates).Render(documents, SiteBuild.Options, directory, diagnostics, document => EditionFiles.Write(document, directory));
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return new SiteBuild.Built(directory, documents, diagnostics.Items);
    }
}

using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>Renders a document's EPUB into the test artifacts folder and asserts that rendering reported nothing.</summary>
internal static class EpubBuild
{
    public static string Render(ResolutionDocument document, string artifactName, string? fileName = null)
    {
        var directory = RepositoryPaths.Artifacts(artifactName);
        var path = Path.Combine(directory, fileName ?? "book.epub");
        var diagnostics = new DiagnosticBag();
        new EpubRenderer(RepositoryPaths.Templates).Render(document, path, diagnostics);
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return path;
    }
}

using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Tests.Support;

/// <summary>
/// Writes a document's e-book and model export beside its page, as <c>build</c> does, and gives their sizes for the
/// page's download list; asserts that writing them reported nothing.
/// </summary>
public static class EditionFiles
{
    public static DownloadSizes Write(ResolutionDocument document, string siteDirectory)
    {
        var paths = new EditionPaths(document.Metadata.Symbol, UnLanguage.Find(document.Metadata.Language));
        var folder = Path.Combine(siteDirectory, paths.Directory);
        Directory.CreateDirectory(folder);
        var diagnostics = new DiagnosticBag();
        var epub = new EpubRenderer(RepositoryPaths.Templates).Render(document, Path.Combine(folder, paths.EpubFileName), diagnostics);
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        using (var model = File.Create(Path.Combine(folder, paths.ModelFileName)))
        {
            ModelJsonWriter.Write(document, [], model);
        }

        return new DownloadSizes(epub, new FileInfo(Path.Combine(folder, paths.ModelFileName)).Length);
    }
}

using SiteGen.Core.Model;
using SiteGen.Core.References;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>
/// The seed's e-book, built the way <c>build</c> builds it (model stage, then the EPUB renderer), read back, and
/// kept in the test artifacts folder for a person to open. Built once per test run: test classes run in parallel
/// and the validators read the file, so it must never be rewritten under them.
/// </summary>
public sealed class SeedEpub
{
    public const string TextPath = "EPUB/text.xhtml";

    private static readonly Lazy<(ResolutionDocument Document, string Path, EpubBook Book)> Shared = new(Build);

    public ResolutionDocument Document => Shared.Value.Document;

    public string Path => Shared.Value.Path;

    public EpubBook Book => Shared.Value.Book;

    private static (ResolutionDocument, string, EpubBook) Build()
    {
        var document = Sources.Seed(out var diagnostics);

        // The e-book is rendered from the resolved model (Parse, then Resolve); resolve here while the model
        // stage does not do it yet.
        if (document.References.IsDefaultOrEmpty)
        {
            document = new ReferenceResolver().Resolve(document, diagnostics);
        }

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotEmpty(document.References);
        Assert.Contains(document.Footnotes, note => note.Repeats is not null);
        var path = EpubBuild.Render(document, "epub-seed", "A-C.3-79-L.34.zh.epub");
        return (document, path, EpubBook.Open(path));
    }
}

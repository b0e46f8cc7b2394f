using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>
/// The seed's e-book, built once for a test class the way <c>build</c> builds it (model stage, then the EPUB
/// renderer), read back, and kept in the test artifacts folder for a person to open.
/// </summary>
public sealed class SeedEpub
{
    public SeedEpub()
    {
        Document = Sources.Seed(out var diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Path = EpubBuild.Render(Document, "epub-seed", "A-C.3-79-L.34.zh.epub");
        Book = EpubBook.Open(Path);
    }

    public ResolutionDocument Document { get; }

    public string Path { get; }

    public EpubBook Book { get; }

    public const string TextPath = "EPUB/text.xhtml";
}

using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.CitingEdition;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>
/// A build that writes the website and the e-books writes each book from the view its page is built from; a build of
/// e-books alone builds the book's own. The books are the same bytes either way, and a reference to a document of the
/// edition, which the page links to that document's page, links to undocs.org in the book, which stands alone.
/// </summary>
public sealed class EpubSharedViewTests : IDisposable
{
    private readonly TempContent _content = new();

    public EpubSharedViewTests()
    {
        Add(_content, "S/RES/2446 (2018)", "Security Council", "en", EnglishResolution("2446 (2018)", "Decides to remain seized of the matter."));
        Add(_content, "S/RES/9999 (2030)", "Security Council", "en", EnglishResolution(
            "9999 (2030)",
            "Recalls paragraph 2 of its resolution 2446 (2018) & <its> resolution 2758 (XXVI);"));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_book_written_from_the_page_s_view_is_the_book_written_alone()
    {
        var withSite = Build(OutputFormats.All, "with-site");
        var alone = Build(OutputFormats.Epub, "alone");

        var books = Directory.GetFiles(Path.Combine(withSite, "site"), "*.epub", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(withSite, path))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(3, books.Count);
        foreach (var book in books)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(alone, book)), File.ReadAllBytes(Path.Combine(withSite, book)));
        }

        // The page links the cited resolution to its page in the edition; the book to undocs.org.
        var page = File.ReadAllText(Path.Combine(withSite, "site", "en", "S", "RES", "9999(2030)", "index.html"));
        Assert.Contains("href=\"../../../../en/S/RES/2446(2018)/#op2\"", page, StringComparison.Ordinal);
        var text = System.Text.Encoding.UTF8.GetString(EpubBook.Open(Path.Combine(withSite, books.Single(b => b.Contains("9999", StringComparison.Ordinal)))).Files["EPUB/text.xhtml"]);
        Assert.Contains("<a href=\"https://undocs.org/en/S/RES/2446(2018)\" class=\"symbol\" hreflang=\"en\">2446 (2018)</a>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("data-symbol", text, StringComparison.Ordinal);
        Assert.Contains("&amp; &lt;its&gt;", text, StringComparison.Ordinal);
    }

    private string Build(OutputFormats formats, string name)
    {
        var output = Path.Combine(_content.Root, name);
        var diagnostics = new DiagnosticBag();
        new EditionBuilder().Build(_content.Options(output) with { Formats = formats, Search = false }, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return output;
    }
}

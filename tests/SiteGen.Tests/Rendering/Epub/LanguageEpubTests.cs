using System.Xml.Linq;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>
/// The e-books of the Arabic and the Russian sample (<see cref="LanguageSamples"/>), kept in the test artifacts:
/// epubcheck and DAISY Ace find nothing, the Arabic book turns its pages from right to left and its text says
/// its language and direction, and pandoc reads the text back.
/// </summary>
public sealed class LanguageEpubTests
{
    private static readonly Lazy<Dictionary<string, (ResolutionDocument Document, string Path)>> Books = new(() =>
        new[] { LanguageSamples.Arabic, LanguageSamples.Russian }.ToDictionary(
            sample => sample.Name,
            sample =>
            {
                var document = sample.Model(out var diagnostics);
                Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
                return (document, EpubBuild.Render(document, "epub-" + sample.Name, $"A-C.3-80-L.90.{sample.Metadata.Language}.epub"));
            }));

    public static TheoryData<string> Names => ["ar-draft", "ru-draft"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Epubcheck_reports_no_errors_and_no_warnings(string name) =>
        Assert.Empty(EpubValidators.Epubcheck(Books.Value[name].Path));

    [Theory]
    [MemberData(nameof(Names))]
    public void Daisy_ace_reports_no_violations(string name) =>
        Assert.Empty(EpubValidators.Ace(Books.Value[name].Path));

    [Theory]
    [InlineData("ar-draft", "rtl")]
    [InlineData("ru-draft", null)]
    public void Only_the_arabic_book_turns_its_pages_from_right_to_left(string name, string? direction)
    {
        var book = EpubBook.Open(Books.Value[name].Path);
        var spine = book.Package.Root!.Element(EpubBook.Opf + "spine")!;

        Assert.Equal(direction, spine.Attribute("page-progression-direction")?.Value);
    }

    [Theory]
    [InlineData("ar-draft", "ar", "rtl")]
    [InlineData("ru-draft", "ru", "ltr")]
    public void The_text_says_its_language_and_direction(string name, string lang, string dir)
    {
        var book = EpubBook.Open(Books.Value[name].Path);
        var html = book.Parse(SeedEpub.TextPath).Root!;

        Assert.Equal(lang, html.Attribute("lang")?.Value);
        Assert.Equal(lang, html.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(dir, html.Attribute("dir")?.Value);
    }

    [Theory]
    [InlineData("ar-draft", "op1-b-ii")]
    [InlineData("ar-draft", "pp3")]
    [InlineData("ru-draft", "op1-c")]
    [InlineData("ru-draft", "fn1")]
    public void Pandoc_reads_the_whole_text_of_a_unit_back(string name, string id)
    {
        var (document, path) = Books.Value[name];
        var unit = document.Units().Single(u => u.Id.ToString() == id);
        // pandoc's plain writer marks a note reference as [n] and breaks lines.
        var plain = System.Text.RegularExpressions.Regex.Replace(EpubValidators.PandocPlainText(path), @"\[[0-9]+\]", "");
        var text = string.Join(" ", plain.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains(string.Join(" ", unit.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), text, StringComparison.Ordinal);
    }
}

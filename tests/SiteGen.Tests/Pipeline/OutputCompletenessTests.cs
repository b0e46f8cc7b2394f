using System.IO.Compression;
using System.Text.Json;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// Every file is written whole or the build fails naming the limit: nothing is cut off at the template engine's
/// default of a million characters (issue 15, "Output cut off at about 1 MiB, exit 0").
/// </summary>
public sealed class OutputCompletenessTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Site => Path.Combine(_content.Output, "site");

    private BuildResult Build(DiagnosticBag diagnostics, OutputFormats formats = OutputFormats.All) =>
        new EditionBuilder().Build(_content.Options() with { Formats = formats }, diagnostics);

    [Fact]
    public void A_page_of_twenty_thousand_paragraphs_is_published_whole_as_page_e_book_and_model()
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Long resolution", 20_000);
        var diagnostics = new DiagnosticBag();

        Assert.True(Build(diagnostics).Published, string.Join("\n", diagnostics.Items));

        var folder = Path.Combine(Site, "en", "A", "79", "L.99");
        var page = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.True(page.Length > 2_000_000);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
        Assert.Contains("id=\"op20000\"", page, StringComparison.Ordinal);
        Assert.Contains("paragraph 20000 is in force", page, StringComparison.Ordinal);
        Assert.True(CountOf(page, " is in force") >= 20_000);

        using var model = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "A-79-L.99.en.json")));
        Assert.Equal(20_000, model.RootElement.GetProperty("operative").GetArrayLength());

        using var book = ZipFile.OpenRead(Path.Combine(folder, "A-79-L.99.en.epub"));
        var text = string.Concat(book.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(Read));
        Assert.Contains("id=\"op20000\"", text, StringComparison.Ordinal);
        Assert.All(book.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)), e => Assert.EndsWith("</html>\n", Read(e), StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_title_of_two_million_characters_is_in_every_page_whole()
    {
        var title = string.Concat(Enumerable.Repeat("Reading editions ", 2_000_000 / 17 + 1))[..2_000_000];
        File.WriteAllText(_content.Configuration, File.ReadAllText(_content.Configuration).Replace("siteTitle: SiteGen reading editions", $"siteTitle: {title}", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.True(Build(diagnostics, OutputFormats.Site).Published, string.Join("\n", diagnostics.Items));

        foreach (var page in Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText))
        {
            Assert.Contains(title, page, StringComparison.Ordinal);
            Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_index_of_more_than_a_million_characters_lists_every_document()
    {
        // Forty documents with titles of 40,000 characters: an index of more than 1.6 million characters.
        var title = string.Concat(Enumerable.Repeat("Situation of human rights ", 40_000 / 26));
        for (var i = 1; i <= 40; i++)
        {
            GeneratedDocument.Write(_content.Content, $"A/79/L.{i}", $"{title} {i}", 1);
        }

        var diagnostics = new DiagnosticBag();
        Assert.True(Build(diagnostics, OutputFormats.Site).Published, string.Join("\n", diagnostics.Items));

        var index = File.ReadAllText(Path.Combine(Site, "index.html"));
        Assert.True(index.Length > 1_600_000);
        Assert.EndsWith("</html>\n", index, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains($"en/A/79/L.{i}/", index, StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_loops_without_end_is_an_error_that_names_the_limit_and_nothing_is_published()
    {
        var template = Path.Combine(_content.Templates, "site", "index.sbn");
        File.WriteAllText(template, "{{ while true }}{{ end }}\n" + File.ReadAllText(template));
        var diagnostics = new DiagnosticBag();

        Assert.False(Build(diagnostics, OutputFormats.Site).Published);

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("SG4001", error.Code);
        Assert.EndsWith(Path.Combine("site", "index.sbn"), error.Path, StringComparison.Ordinal);
        Assert.Contains("10,000,000 loop iterations", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public void Control_characters_and_noncharacters_in_a_source_never_reach_a_page_and_are_warned_of_at_their_place()
    {
        var source = GeneratedDocument.Write(_content.Content, "A/79/L.99", "Resolution", 3);
        File.WriteAllText(source, File.ReadAllText(source).Replace("paragraph 2 is", "paragraph\u0001 2\u001B\uFFFE\u0085 is", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.True(Build(diagnostics, OutputFormats.Site).Published, string.Join("\n", diagnostics.Items));

        var warning = Assert.Single(diagnostics.Items, d => d.Code == "SG1007");
        Assert.Equal((Array.FindIndex(File.ReadAllLines(source), l => l.Contains('\u0001', StringComparison.Ordinal)) + 1, 28), (warning.Line, warning.Column));
        var page = File.ReadAllText(Path.Combine(Site, "en", "A", "79", "L.99", "index.html"));
        Assert.Contains("paragraph\uFFFD 2\uFFFD\uFFFD\uFFFD is", page, StringComparison.Ordinal);
        Assert.DoesNotContain(page, c => c is '\u0001' or '\u001B' or '\uFFFE' or '\u0085');
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}

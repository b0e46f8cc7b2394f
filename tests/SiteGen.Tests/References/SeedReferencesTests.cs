using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.References;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.References;

/// <summary>
/// The seed, parsed and resolved: every reference with its unit and target symbol, checked by hand against the
/// seed text and kept as data in <c>Cases/references/seed.expected.txt</c> (one line per reference:
/// unit, text, symbol).
/// </summary>
public sealed class SeedReferencesTests
{
    private static ResolutionDocument ResolveSeed(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var source = new SourceText("seeds/000_7be3694dd3d710bf.txt", Sources.SeedText);
        var parsed = ResolutionParser.Parse(source, Sources.SeedMetadata, diagnostics);
        return new ReferenceResolver().Resolve(parsed, diagnostics);
    }

    [Fact]
    public void Resolving_the_seed_reports_nothing()
    {
        ResolveSeed(out var diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code.StartsWith("SG3", StringComparison.Ordinal) || d.Code == "SG2012");
    }

    [Fact]
    public void Ibid_notes_of_the_seed_repeat_the_first_note_of_their_chain()
    {
        var document = ResolveSeed(out _);

        var repeats = document.Footnotes.Where(n => n.Repeats is not null).Select(n => $"fn{n.Number}>fn{n.Repeats}");
        Assert.Equal(
            ["fn6>fn5", "fn8>fn7", "fn9>fn7", "fn20>fn19", "fn21>fn19", "fn30>fn29", "fn31>fn29", "fn32>fn29", "fn33>fn29"],
            repeats);
    }

    [Fact]
    public void The_bare_web_address_of_the_seed_becomes_an_https_link()
    {
        var document = ResolveSeed(out _);

        var link = Assert.Single(document.Footnotes.Single(n => n.Number == 22).Content.OfType<WebLink>());
        Assert.Equal("www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea", link.Text);
        Assert.Equal("https://www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea", link.Url);
        Assert.Equal(link.Text, document.Source.Slice(link.Span));
    }

    [Fact]
    public void Resolving_keeps_every_unit_text_as_it_was()
    {
        var diagnostics = new DiagnosticBag();
        var source = new SourceText("seed.md", Sources.SeedText);
        var parsed = ResolutionParser.Parse(source, Sources.SeedMetadata, diagnostics);

        var resolved = new ReferenceResolver().Resolve(parsed, diagnostics);

        Assert.Equal(parsed.Units().Select(u => u.Text), resolved.Units().Select(u => u.Text));
    }

    [Fact]
    public void Every_reference_span_of_the_seed_covers_its_text_in_the_source()
    {
        var document = ResolveSeed(out _);

        foreach (var reference in document.References)
        {
            Assert.InRange(reference.Span.Start, 0, document.Source.Text.Length);
            Assert.InRange(reference.Span.End, reference.Span.Start, document.Source.Text.Length);
        }

        // The source escapes parentheses (2321\(2016\)); the text does not.
        foreach (var reference in document.References)
        {
            Assert.Equal(reference.Text, document.Source.Slice(reference.Span).Replace("\\", "", StringComparison.Ordinal));
        }
    }
}

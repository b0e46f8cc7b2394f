using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Importing;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Importing;

/// <summary>
/// The two official PDFs, imported, model every paragraph and note with no error, and build into the site and
/// e-books with no error beside the seed.
/// </summary>
public sealed class ImportedDocumentBuildTests
{
    private static ResolutionDocument Model(string pdf, DiagnosticBag diagnostics)
    {
        var document = OfficialPdfImportTests.Import(pdf);
        var source = SourceLoader.FromBytes(System.Text.Encoding.UTF8.GetBytes(document.Text), $"{pdf}.md", diagnostics)!;
        return DocumentModeller.Model(source, document.Metadata, diagnostics);
    }

    [Fact]
    public void Resolution_73_7_models_13_preambular_and_28_operative_paragraphs_9_notes_and_its_adoption()
    {
        var diagnostics = new DiagnosticBag();
        var model = Model("A_RES_73_7-EN.pdf", diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(Enumerable.Range(1, 13).Select(n => $"pp{n}"), model.Preamble.Select(p => p.Id.ToString()));
        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"op{n}"), model.Operative.Select(p => p.Id.ToString()));
        Assert.All(model.Operative, op => Assert.Empty(op.Children));
        Assert.Equal(Enumerable.Range(1, 9), model.Footnotes.Select(f => f.Number));
        Assert.Equal("Articles 10 and 13 of the Relationship Agreement.", model.Footnotes[2].Text);
        Assert.Equal("Recalling also that the Rome Statute of the International Criminal Court reaffirms the purposes and principles of the Charter of the United Nations,", model.Preamble[1].Text);
        Assert.Equal("Welcomes the report of the International Criminal Court for 2017/18;", model.Operative[0].Text);
        Assert.Contains("Report of the International Criminal Court", model.Title, StringComparison.Ordinal);
        Assert.Equal((28, new DateOnly(2018, 10, 29)), (model.Adoption!.Meeting!.Value, model.Adoption.Date!.Value));
    }

    [Fact]
    public void Resolution_73_3_models_the_53_paragraphs_of_its_declaration_7_notes_and_its_adoption()
    {
        var diagnostics = new DiagnosticBag();
        var model = Model("A_RES_73_3-EN.pdf", diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        // The resolution's one paragraph adopts the declaration, whose own preamble and paragraphs follow it.
        var declaration = model.AdoptedText!;
        Assert.Empty(model.Preamble);
        Assert.StartsWith("Adopts the following political declaration", Assert.Single(model.Operative).Text, StringComparison.Ordinal);
        Assert.Equal(2, declaration.Headings.Length);
        Assert.Equal(Enumerable.Range(1, 53).Select(n => $"decl-op{n}"), declaration.Operative.Select(p => p.Id.ToString()));
        Assert.Equal(Enumerable.Range(1, 7), model.Footnotes.Select(f => f.Number));
        Assert.StartsWith("We, Heads of State and Government", Assert.Single(declaration.Preamble).Text, StringComparison.Ordinal);
        Assert.EndsWith("at a high-level meeting in 2023.", declaration.Operative[^1].Text, StringComparison.Ordinal);
        Assert.Equal((18, new DateOnly(2018, 10, 10)), (model.Adoption!.Meeting!.Value, model.Adoption.Date!.Value));
    }

    [Fact]
    public void Both_imported_resolutions_build_with_the_seed_with_no_error()
    {
        using var content = new TempContent();
        foreach (var pdf in new[] { "A_RES_73_3-EN.pdf", "A_RES_73_7-EN.pdf" })
        {
            var error = new StringWriter();
            Assert.Equal(ExitCodes.Success, ImportCommand.Run(OfficialPdfImportTests.PdfPath(pdf), content.Content, TextWriter.Null, error));
            Assert.DoesNotContain(": error ", error.ToString(), StringComparison.Ordinal);
        }

        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(content.Options(), output));

        Assert.DoesNotContain(": error ", output.ToString(), StringComparison.Ordinal);
        foreach (var symbol in new[] { "A/RES/73/3", "A/RES/73/7" })
        {
            var stem = symbol.Replace('/', '-');
            Assert.True(File.Exists(Path.Combine(content.Output, "site", "en", symbol, "index.html")), symbol);
            Assert.True(File.Exists(Path.Combine(content.Output, "site", "en", symbol, $"{stem}.en.epub")), symbol);
        }
    }
}

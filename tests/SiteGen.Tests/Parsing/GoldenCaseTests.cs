using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Every case under <c>Cases/&lt;area&gt;/&lt;case&gt;/</c> (<see cref="GoldenCase"/>) read as <c>model FILE</c> reads a
/// loose file (its language told by its text, its body by its enacting formula) and compared with each of its
/// expected files. A case that reports a diagnostic lists it in its expected diagnostics. A new case is a folder: an
/// input and the expected files, reviewed, nothing else.
/// </summary>
public sealed class GoldenCaseTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var golden in GoldenCase.All)
            {
                foreach (var kind in golden.ExpectedKinds)
                {
                    data.Add(golden.Id, kind);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_area_of_reading_has_its_cases()
    {
        var areas = GoldenCase.All.Select(c => c.Area).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["diagnostics", "genre", "languages", "parsing", "references"], StringComparer.Ordinal), areas);
        Assert.All(GoldenCase.All, c => Assert.All(c.ExpectedKinds, kind => Assert.Contains(kind, (string[])["tree", "references", "diagnostics"])));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_reads_to_what_its_expected_file_says(string id, string kind)
    {
        var golden = GoldenCase.Named(id);
        var text = golden.Text;
        var diagnostics = new DiagnosticBag();
        var document = DocumentModeller.Model(new SourceText(golden.InputPath, text), DocumentMetadata.ForLooseFile(LanguageConventions.DetectLanguage(text)), diagnostics);

        if (kind != "diagnostics")
        {
            // Every diagnostic a case reports is in its expected diagnostics; a text with an error has no model to compare.
            Assert.True(golden.ExpectedKinds.Contains("diagnostics") ? !diagnostics.HasErrors : diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
            Assert.NotEqual("", document.Title);
        }

        Golden.Verify(golden.Expected(kind), kind switch
        {
            "tree" => ModelTree.Format(document),
            "references" => References(document),
            _ => Diagnostics(diagnostics),
        });
    }

    private static string References(ResolutionDocument document)
    {
        var lines = new StringBuilder();
        foreach (var reference in document.References)
        {
            lines.Append(reference.In).Append('\t').Append(reference.Text).Append('\t').Append(reference.Symbol).Append('\n');
        }

        return lines.ToString();
    }

    private static string Diagnostics(DiagnosticBag diagnostics)
    {
        var lines = new StringBuilder();
        foreach (var diagnostic in diagnostics.Items)
        {
            lines.Append(diagnostic.Line).Append(':').Append(diagnostic.Column).Append('\t').Append(diagnostic.Severity.ToString().ToLowerInvariant())
                .Append('\t').Append(diagnostic.Code).Append('\t').Append(diagnostic.Message).Append('\n');
        }

        return lines.ToString();
    }
}

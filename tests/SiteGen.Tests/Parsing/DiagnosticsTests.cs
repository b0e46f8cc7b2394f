using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// What the reader's diagnostics need beyond one text and its expected diagnostics (those are cases under
/// <c>Cases/diagnostics/</c>, read by <see cref="GoldenCaseTests"/>): line endings and a byte-order mark that must
/// not move them, and a source holding many documents.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Preface = "第七十九届会议\n\n第三委员会\n\n议程项目 71(c)\n\n议程标题\n\n甲国和乙国：决议草案\n\n标题\n\n大会，\n\n";

    private static IReadOnlyList<Diagnostic> Check(string body)
    {
        Sources.Parse(Preface + body, out var diagnostics, "zh-Hans");
        return diagnostics.Items;
    }

    [Fact]
    public void A_well_formed_small_resolution_has_no_diagnostics() =>
        Assert.Empty(Check("回顾第 78/218 号决议，¹\n\n¹ 见 A/79/53。\n\n1. **谴责**某事；\n\n2. **决定**继续审议。\n"));

    [Fact]
    public void A_bom_and_crlf_line_endings_do_not_shift_lines_or_columns()
    {
        const string body = "回顾第 78/218 号决议，¹\n\n1. **谴责**某事；²\n\n¹ 见 A/79/53。\n";
        var plain = Check(body);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes((Preface + body).ReplaceLineEndings("\r\n"))).ToArray();
        var diagnostics = new DiagnosticBag();
        var source = SiteGen.Core.Loading.SourceLoader.FromBytes(bytes, "input.md", diagnostics)!;
        SiteGen.Core.Parsing.ResolutionParser.Parse(source, Sources.SeedMetadata, diagnostics);
        Assert.NotEmpty(plain);
        Assert.Equal(plain.Select(d => (d.Code, d.Line, d.Column)), diagnostics.Items.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void A_source_holding_the_seed_many_times_gives_a_clear_error_rather_than_a_merged_model()
    {
        var document = Sources.Parse(string.Concat(Enumerable.Repeat(Sources.SeedText, 40)), out var diagnostics, "zh-Hans");
        var second = Assert.Single(diagnostics.Items, d => d.Code == "SG2014");
        Assert.Equal(287, second.Line);
        Assert.True(diagnostics.Items.Count < 10, string.Join('\n', diagnostics.Items));
        Assert.Equal(28, document.Operative.Length);
    }
}

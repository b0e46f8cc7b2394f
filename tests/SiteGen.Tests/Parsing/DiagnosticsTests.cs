using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

public sealed class DiagnosticsTests
{
    private const string Preface = "第七十九届会议\n\n第三委员会\n\n议程项目 71(c)\n\n议程标题\n\n甲国和乙国：决议草案\n\n标题\n\n大会，\n\n";

    private static IReadOnlyList<Diagnostic> Check(string body)
    {
        Sources.Parse(Preface + body, out var diagnostics, "zh-Hans");
        return diagnostics.Items;
    }

    private static int LineOf(string body, string text) =>
        (Preface + body)[..(Preface + body).IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void A_well_formed_small_resolution_has_no_diagnostics() =>
        Assert.Empty(Check("回顾第 78/218 号决议，¹\n\n¹ 见 A/79/53。\n\n1. **谴责**某事；\n\n2. **决定**继续审议。\n"));

    [Fact]
    public void A_reference_to_a_footnote_without_text_is_an_error_at_the_marker()
    {
        const string body = "回顾第 78/218 号决议，¹\n\n¹ 见 A/79/53。\n\n1. **谴责**某事；²\n\n2. **决定**继续审议。\n";
        var diagnostic = Assert.Single(Check(body));
        Assert.Equal(("SG2001", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(LineOf(body, "1. **谴责**"), diagnostic.Line);
        Assert.Equal("1. **谴责**某事；".Length + 1, diagnostic.Column);
    }

    [Fact]
    public void A_footnote_never_referenced_is_a_warning_at_its_text()
    {
        const string body = "回顾第 78/218 号决议，¹\n\n¹ 见 A/79/53。\n\n² 见 A/79/54。\n\n1. **谴责**某事；\n\n2. **决定**继续审议。\n";
        var diagnostic = Assert.Single(Check(body));
        Assert.Equal(("SG2002", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal((LineOf(body, "² 见"), 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void The_same_footnote_number_twice_is_an_error_that_names_the_first()
    {
        const string body = "回顾第 78/218 号决议，¹\n\n¹ 见 A/79/53。\n\n1. **谴责**某事；\n\n¹ 见 A/79/54。\n\n2. **决定**继续审议。\n";
        var diagnostic = Assert.Single(Check(body));
        Assert.Equal("SG2003", diagnostic.Code);
        Assert.Equal(LineOf(body, "¹ 见 A/79/54"), diagnostic.Line);
        Assert.Contains($"line {LineOf(body, "¹ 见 A/79/53")}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_in_the_footnote_numbering_is_an_error()
    {
        const string body = "回顾第 78/218 号决议，¹\n\n¹ 见 A/79/53。\n\n1. **谴责**某事；³\n\n³ 见 A/79/54。\n\n2. **决定**继续审议。\n";
        var diagnostic = Assert.Single(Check(body));
        Assert.Equal("SG2004", diagnostic.Code);
        Assert.Equal("footnote 3 follows footnote 1; expected footnote 2", diagnostic.Message);
    }

    [Fact]
    public void A_gap_in_the_operative_numbering_is_an_error()
    {
        const string body = "回顾某事，\n\n1. **谴责**某事；\n\n3. **决定**继续审议。\n";
        var diagnostic = Assert.Single(Check(body));
        Assert.Equal("SG2006", diagnostic.Code);
        Assert.Equal(LineOf(body, "3. **决定**"), diagnostic.Line);
    }

    [Fact]
    public void A_sub_paragraph_before_any_operative_paragraph_cannot_be_placed()
    {
        const string body = "回顾某事，\n\n(a) 某项；\n\n1. **谴责**某事；\n";
        var diagnostic = Assert.Single(Check(body));
        Assert.Equal(("SG2005", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal((LineOf(body, "(a) 某项"), 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_sub_paragraph_out_of_sequence_is_an_error()
    {
        const string body = "回顾某事，\n\n1. **谴责**：\n\n(a) 某项；\n\n(c) 某项。\n";
        Assert.Equal("SG2007", Assert.Single(Check(body)).Code);
    }

    [Fact]
    public void A_text_without_an_enacting_formula_is_an_error()
    {
        Sources.Parse("1. **谴责**某事。\n", out var diagnostics, "zh-Hans");
        Assert.Contains(diagnostics.Items, d => d.Code == "SG2008" && d.IsError);
    }

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

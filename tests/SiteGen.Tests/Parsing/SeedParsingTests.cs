using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

public sealed class SeedParsingTests
{
    private static readonly SiteGen.Core.Diagnostics.DiagnosticBag SeedDiagnostics = new();
    private static readonly ResolutionDocument Seed = SiteGen.Core.Parsing.ResolutionParser.Parse(
        new SiteGen.Core.Diagnostics.SourceText("seed.md", Sources.SeedText), Sources.SeedMetadata, SeedDiagnostics);

    [Fact]
    public void The_seed_parses_without_diagnostics() =>
        Assert.Empty(SeedDiagnostics.Items);

    [Fact]
    public void The_seed_has_every_unit_design_md_lists_with_its_official_id()
    {
        Assert.Equal(Enumerable.Range(1, 31).Select(n => $"pp{n}"), Seed.Preamble.Select(p => p.Id.ToString()));
        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"op{n}"), Seed.Operative.Select(p => p.Id.ToString()));
        Assert.Equal(["op2-a", "op2-b", "op2-c"], Seed.Operative[1].Children.Select(s => s.Id.ToString()));
        string[] romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"];
        Assert.Equal(romans.Select(r => $"op2-a-{r}"), Seed.Operative[1].Children[0].Children.Select(s => s.Id.ToString()));
        Assert.Equal("abcdefghijklmnopqr".Select(c => $"op19-{c}"), Seed.Operative[18].Children.Select(s => s.Id.ToString()));
        Assert.Equal(Enumerable.Range(1, 35).Select(n => $"fn{n}"), Seed.Footnotes.Select(f => f.Id.ToString()));
        Assert.Equal(3 + 13 + 18, Seed.Operative.Sum(p => p.Children.Length + p.Children.Sum(s => s.Children.Length)));
    }

    [Fact]
    public void Labels_are_the_sources_own()
    {
        var op2a = Seed.Operative[1].Children[0];
        Assert.Equal("2.", Seed.Operative[1].Label);
        Assert.Equal("(a)", op2a.Label);
        Assert.Equal(["(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)", "(十一)", "(十二)", "(十三)"], op2a.Children.Select(c => c.Label));
    }

    [Theory]
    [InlineData("pp19", "第 2371(2017)号、2017年9月11日第2375(2017)号")]
    [InlineData("op19-o", "包括按照人道主义原则和该国所作承诺，使此种人道主义援助能够")]
    [InlineData("op26", "(包括适当的准入便利)以充分评估人权状况、合作举措")]
    public void Paragraphs_split_by_a_page_break_are_rejoined_without_a_space(string id, string joined)
    {
        var unit = Seed.Units().Single(u => u.Id.ToString() == id);
        Assert.Contains(joined, unit.Text, StringComparison.Ordinal);
        Assert.Equal(2, unit.Segments.Length);
    }

    [Fact]
    public void Footnote_markers_become_references_where_their_superscript_stands()
    {
        var pp2 = Seed.Preamble[1];
        var marker = Assert.Single(pp2.Content.OfType<NoteRef>());
        Assert.Equal(1, marker.Number);
        var before = (TextRun)pp2.Content[pp2.Content.IndexOf(marker) - 1];
        var after = (TextRun)pp2.Content[pp2.Content.IndexOf(marker) + 1];
        Assert.EndsWith("第 55/21 号决议，", before.Text, StringComparison.Ordinal);
        Assert.StartsWith("并意识到", after.Text, StringComparison.Ordinal);
        var all = Seed.Units().SelectMany(u => u.Content.Concat(u.Content.OfType<Strong>().SelectMany(s => s.Children))).OfType<NoteRef>();
        Assert.Equal(Enumerable.Range(1, 35), all.Select(n => n.Number));
    }

    [Fact]
    public void Markdown_syntax_never_reaches_the_text()
    {
        foreach (var unit in Seed.Units())
        {
            Assert.DoesNotContain("**", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("](#)", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\\(", unit.Text, StringComparison.Ordinal);
            Assert.False(unit.Text.StartsWith("- ", StringComparison.Ordinal), unit.Id.ToString());
            Assert.DoesNotMatch("[⁰¹²³⁴⁵⁶⁷⁸⁹]", unit.Text);
            Assert.Equal(unit.Text.Trim(), unit.Text);
        }

        var op1 = Seed.Operative[0];
        var verb = Assert.IsType<Strong>(op1.Content[0]);
        Assert.Equal("最强烈地谴责", InlineText.Plain(verb.Children));
    }

    [Fact]
    public void The_preface_is_recognised_with_all_46_sponsors()
    {
        var preface = Seed.Preface;
        Assert.Equal("第七十九届会议", preface.Session);
        Assert.Equal("第三委员会", preface.Committee);
        Assert.Equal("71(c)", preface.AgendaItem);
        Assert.Equal("促进和保护人权：人权状况及特别报告员和代表的报告", preface.AgendaTitle);
        Assert.Equal(46, preface.Sponsors.Length);
        Assert.Equal("阿尔巴尼亚", preface.Sponsors[0]);
        Assert.Contains("波斯尼亚和黑塞哥维那", preface.Sponsors);
        Assert.Equal(["大不列颠及北爱尔兰联合王国", "美利坚合众国"], preface.Sponsors[^2..].ToArray());
        Assert.Equal("决议草案", preface.DocumentType);
        Assert.Equal("朝鲜民主主义人民共和国人权状况", preface.Title);
        Assert.Equal("大会，", Seed.EnactingFormula);
    }

    [Fact]
    public void Every_span_lies_inside_the_file_and_units_follow_the_source_order()
    {
        var length = Seed.Source.Text.Length;
        var body = Seed.Units().Where(u => u is not Footnote).ToList();
        foreach (var unit in Seed.Units())
        {
            Assert.All(unit.Segments, s => Assert.InRange(s.End, s.Start, length));
        }

        for (var i = 1; i < body.Count; i++)
        {
            Assert.True(body[i].Span.Start > body[i - 1].Span.Start, $"{body[i].Id} starts before {body[i - 1].Id}");
        }

        Assert.Equal(Seed.Units().Count(), Seed.Units().Select(u => u.Id).Distinct().Count());
    }
}

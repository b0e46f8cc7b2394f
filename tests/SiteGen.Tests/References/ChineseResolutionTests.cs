using SiteGen.Core.Model;

namespace SiteGen.Tests.References;

/// <summary>Resolution numbers in Chinese prose resolve by their issuing body (DESIGN.md, "References").</summary>
public sealed class ChineseResolutionTests
{
    [Fact]
    public void A_resolution_of_the_General_Assembly_named_before_it_gets_an_A_RES_symbol()
    {
        var document = new HandMadeDocument().Preamble("回顾大会 2023 年 12 月 19 日第 78/218 号决议，").Resolve();

        Assert.Equal(["pp1 78/218 → A/RES/78/218"], ReferenceListing.Of(document));
        var link = Assert.Single(document.Preamble[0].Content.OfType<SymbolLink>());
        Assert.Equal("78/218", link.Text);
        Assert.Equal("78/218", document.Source.Slice(link.Span));
    }

    [Fact]
    public void A_resolution_of_the_Human_Rights_Council_gets_an_A_HRC_RES_symbol()
    {
        var document = new HandMadeDocument().Preamble("回顾人权理事会 2024 年 4 月 4 日第 55/21 号决议，").Resolve();

        Assert.Equal(["pp1 55/21 → A/HRC/RES/55/21"], ReferenceListing.Of(document));
    }

    [Fact]
    public void The_closest_body_named_before_a_number_wins_over_an_earlier_mention()
    {
        var document = new HandMadeDocument()
            .Preamble("回顾大会、人权委员会和人权理事会以往通过的所有关于朝鲜民主主义人民共和国人权状况的决议，包括大会 2023 年 12 月 19 日第 78/218 号决议和人权理事会 2024 年 4 月 4 日第 55/21 号决议，[^1] 并意识到")
            .Footnote("见《大会正式记录，第七十九届会议，补编第 53 号》(A/79/53)，第四章，A 节。")
            .Resolve();

        Assert.Equal(
            ["pp1 78/218 → A/RES/78/218", "pp1 55/21 → A/HRC/RES/55/21", "fn1 A/79/53 → A/79/53"],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_bare_council_means_the_council_named_last_even_in_an_earlier_unit()
    {
        var document = new HandMadeDocument()
            .Operative("包括人权理事会 2013 年 3 月 21 日第 22/13 号决议[^1] 所设调查委员会，以及理事会 2016 年 3 月 23 日第 31/18 号决议[^2] 所设独立专家组；")
            .Operative("又欢迎理事会第 55/21 号决议；")
            .Resolve();

        Assert.Equal(
            ["op1 22/13 → A/HRC/RES/22/13", "op1 31/18 → A/HRC/RES/31/18", "op2 55/21 → A/HRC/RES/55/21"],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_bare_council_with_no_council_named_before_is_reported_and_stays_text()
    {
        var document = new HandMadeDocument().Operative("欢迎理事会第 55/21 号决议；").Resolve(out var diagnostics);

        Assert.Empty(document.References);
        Assert.DoesNotContain(document.Operative[0].Content, inline => inline is SymbolLink);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG3001", diagnostic.Code);
        Assert.Equal((1, 8), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("55/21", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_council_in_a_council_text_is_that_council()
    {
        var document = new HandMadeDocument(body: IssuingBody.HumanRightsCouncil).Operative("欢迎理事会第 55/21 号决议；").Resolve();

        Assert.Equal(["op1 55/21 → A/HRC/RES/55/21"], ReferenceListing.Of(document));
    }

    [Fact]
    public void The_year_form_is_the_Security_Council_s_whatever_body_is_named()
    {
        var document = new HandMadeDocument()
            .Preamble("强调必须按照安全理事会 2016 年 11 月 30 日第 2321(2016)号决议，")
            .Preamble("回顾人权理事会第 2375(2017)号决议，")
            .Resolve();

        Assert.Equal(["pp1 2321(2016) → S/RES/2321(2016)", "pp2 2375(2017) → S/RES/2375(2017)"], ReferenceListing.Of(document));
    }

    [Fact]
    public void A_dated_list_of_Security_Council_resolutions_gives_one_link_each()
    {
        var document = new HandMadeDocument()
            .Preamble("必须按照安全理事会 2016 年 11 月 30 日第 2321(2016)号、2017 年 8 月 5 日第 2371(2017)号、2017年9月11日第2375(2017)号和2017年12月22日第2397(2017)号决议所述规定，")
            .Resolve();

        Assert.Equal(
            [
                "pp1 2321(2016) → S/RES/2321(2016)", "pp1 2371(2017) → S/RES/2371(2017)",
                "pp1 2375(2017) → S/RES/2375(2017)", "pp1 2397(2017) → S/RES/2397(2017)",
            ],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_coordinated_list_gives_one_link_each()
    {
        var document = new HandMadeDocument().Operative("根据人权理事会第 34/24、40/20 和 46/17 号决议；").Resolve();

        Assert.Equal(
            ["op1 34/24 → A/HRC/RES/34/24", "op1 40/20 → A/HRC/RES/40/20", "op1 46/17 → A/HRC/RES/46/17"],
            ReferenceListing.Of(document));
        Assert.Equal(
            ["根据人权理事会第 ", "34/24", "、", "40/20", " 和 ", "46/17", " 号决议；"],
            document.Operative[0].Content.Select(inline => inline switch { TextRun run => run.Text, SymbolLink link => link.Text, _ => "?" }));
    }

    [Fact]
    public void A_list_interleaved_with_dates_and_footnote_markers_reads_through_them()
    {
        var document = new HandMadeDocument()
            .Operative("以便根据人权理事会第 34/24、40/20、46/17、2022 年 4 月 1 日第 49/22 号、[^32]2023 年 4 月 4 日第 52/28 号[^33] 以及第 55/21 号决议执行建议；")
            .Resolve();

        Assert.Equal(
            [
                "op1 34/24 → A/HRC/RES/34/24", "op1 40/20 → A/HRC/RES/40/20", "op1 46/17 → A/HRC/RES/46/17",
                "op1 49/22 → A/HRC/RES/49/22", "op1 52/28 → A/HRC/RES/52/28", "op1 55/21 → A/HRC/RES/55/21",
            ],
            ReferenceListing.Of(document));
        Assert.Equal([32, 33], document.Operative[0].Content.OfType<NoteRef>().Select(n => n.Number));
        foreach (var link in document.Operative[0].Content.OfType<SymbolLink>())
        {
            Assert.Equal(link.Text, document.Source.Slice(link.Span));
        }
    }

    [Fact]
    public void The_old_roman_session_form_is_the_General_Assembly_s()
    {
        var document = new HandMadeDocument().Footnote("见第 2200 A(XXI)号决议，附件。").Resolve();

        Assert.Equal(["fn1 2200 A(XXI) → A/RES/2200(XXI)"], ReferenceListing.Of(document));
    }

    [Fact]
    public void A_resolution_of_the_Commission_on_Human_Rights_gets_an_E_CN_4_RES_symbol()
    {
        var document = new HandMadeDocument().Preamble("回顾人权委员会 2005 年 4 月 14 日第 2005/11 号决议，").Resolve();

        Assert.Equal(["pp1 2005/11 → E/CN.4/RES/2005/11"], ReferenceListing.Of(document));
    }

    [Fact]
    public void A_bare_number_in_a_General_Assembly_text_is_the_Assembly_s()
    {
        var document = new HandMadeDocument().Footnote("见第70/1号决议。").Footnote("第 70/175 号决议，附件。").Resolve();

        Assert.Equal(["fn1 70/1 → A/RES/70/1", "fn2 70/175 → A/RES/70/175"], ReferenceListing.Of(document));
    }

    [Fact]
    public void A_bare_number_keeps_the_body_an_earlier_unit_tied_it_to()
    {
        var document = new HandMadeDocument()
            .Operative("**欢迎**根据人权理事会第 34/24 号和第 40/20 号决议采取的步骤；")
            .Operative("**再次赞赏**调查委员会的工作，高级专员根据第 34/24 和 40/20 号决议向人权理事会提交的报告证实了这一点；")
            .Resolve();

        Assert.Equal(
            [
                "op1 34/24 → A/HRC/RES/34/24", "op1 40/20 → A/HRC/RES/40/20",
                "op2 34/24 → A/HRC/RES/34/24", "op2 40/20 → A/HRC/RES/40/20",
            ],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_bare_number_tied_to_the_Assembly_stays_the_Assembly_s_after_a_council_is_named()
    {
        var document = new HandMadeDocument()
            .Preamble("包括大会第 78/218 号决议和人权理事会第 55/21 号决议，")
            .Preamble("又表示注意到秘书长依照第 78/218 号决议提交的报告，")
            .Resolve();

        Assert.Equal(
            ["pp1 78/218 → A/RES/78/218", "pp1 55/21 → A/HRC/RES/55/21", "pp2 78/218 → A/RES/78/218"],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_body_in_an_earlier_clause_does_not_reach_past_a_full_stop_or_semicolon()
    {
        var document = new HandMadeDocument(body: IssuingBody.Unknown)
            .Operative("人权理事会审议了报告；第 40/20 号决议仍然适用。")
            .Resolve(out var diagnostics);

        Assert.Empty(document.References);
        Assert.Equal("SG3001", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_pinpoint_stays_text_beside_the_link()
    {
        var document = new HandMadeDocument()
            .Operative("表示极其严重关切：")
            .Sub("持续不断接到关于侵犯人权行为的报告，例如：")
            .Item("必须充分执行安全理事会第2397(2017)号决议第8段的规定，并充分遵守第2375(2017)号决议第17段关于不得发放工作许可的规定；")
            .Resolve();

        Assert.Equal(["op1-a-i 2397(2017) → S/RES/2397(2017)", "op1-a-i 2375(2017) → S/RES/2375(2017)"], ReferenceListing.Of(document));
        var texts = document.Operative[0].Children[0].Children[0].Content.OfType<TextRun>().Select(r => r.Text).ToList();
        Assert.Contains(texts, text => text.StartsWith("号决议第8段", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("号决议第17段", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_inside_bold_text_are_linked_inside_it()
    {
        var document = new HandMadeDocument().Operative("**欢迎人权理事会第 55/21 号决议**，").Resolve();

        var strong = Assert.IsType<Strong>(document.Operative[0].Content[0]);
        var link = Assert.Single(strong.Children.OfType<SymbolLink>());
        Assert.Equal("A/HRC/RES/55/21", link.Symbol);
        Assert.Equal(["op1 55/21 → A/HRC/RES/55/21"], ReferenceListing.Of(document));
    }

    [Theory]
    [InlineData("确认本决议所表示的严重关切，")]
    [InlineData("根据安全理事会有关决议加强人道主义合作，")]
    [InlineData("注意到该国在冠状病毒病(COVID-19)大流行后逐步重新开放边界，")]
    [InlineData("见《大会正式记录，第七十九届会议，补编第 53 号》，第四章，A 节。")]
    [InlineData("同上，第 1249 卷，第 20378 号。")]
    [InlineData("已接受 262 条建议中的 132 条建议，在2014年5月举行磋商，")]
    [InlineData("向理事会第六十届会议提交一份全面报告，")]
    [InlineData("大会第八十届会议期间继续审议，")]
    public void Text_without_a_symbol_or_resolution_number_stays_as_it_is(string text)
    {
        var document = new HandMadeDocument().Preamble(text).Resolve(out var diagnostics);

        Assert.Empty(document.References);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(text, Assert.IsType<TextRun>(Assert.Single(document.Preamble[0].Content)).Text);
    }
}

using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Tests.Rendering.Epub;

public sealed class EpubHelpersTests
{
    [Theory]
    [InlineData("朝鲜民主主义人民共和国人权状况", true, new[] { "朝鲜民主主义人民", "共和国人权状况" })]
    [InlineData("人权状况", true, new[] { "人权状况" })]
    [InlineData("Situation of human rights in the Democratic People's Republic of Korea", false, new[] { "Situation of human", "rights in the Democratic", "People's Republic of", "Korea" })]
    public void The_cover_title_breaks_into_balanced_lines(string title, bool chinese, string[] lines)
    {
        Assert.Equal(lines, CoverLayout.Lines(title, chinese));
    }

    [Theory]
    [InlineData("Situation of human rights in the Democratic People's Republic of Korea")]
    [InlineData("Положение в области прав человека в Корейской Народно-Демократической Республике")]
    [InlineData("Supercalifragilisticexpialidocious-and-more words follow")]
    public void A_cover_line_is_made_of_whole_words(string title)
    {
        var lines = CoverLayout.Lines(title, chinese: false);

        Assert.Equal(title.Split(' '), lines.SelectMany(line => line.Split(' ')));
    }

    [Theory]
    [InlineData("2019冠状病毒病（COVID-19）大流行背景下的人权问题", "COVID-19")]
    [InlineData("《公民及政治权利国际公约》第二任择议定书", "》")]
    public void A_chinese_cover_title_keeps_latin_words_whole_and_starts_no_line_with_closing_punctuation(string title, string whole)
    {
        var lines = CoverLayout.Lines(title, chinese: true);

        Assert.Equal(title, string.Concat(lines));
        Assert.True(lines.Count > 1);
        Assert.DoesNotContain(lines, line => "，。、；：？！）》」』】〕”’".Contains(line[0], StringComparison.Ordinal));
        if (whole.Length > 1)
        {
            Assert.Contains(lines, line => line.Contains(whole, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("en", new string[0], "")]
    [InlineData("en", new[] { "Austria" }, "Austria")]
    [InlineData("en", new[] { "Austria", "Mexico" }, "Austria and Mexico")]
    [InlineData("en", new[] { "Austria", "Costa Rica", "Mexico" }, "Austria, Costa Rica and Mexico")]
    [InlineData("zh-Hans", new[] { "阿尔巴尼亚", "安道尔", "澳大利亚" }, "阿尔巴尼亚、安道尔和澳大利亚")]
    public void The_sponsors_are_listed_as_the_language_lists_them(string language, string[] sponsors, string expected)
    {
        var diagnostics = new SiteGen.Core.Diagnostics.DiagnosticBag();
        var strings = SiteGen.Core.Rendering.UiStrings.Load(SiteGen.Tests.Support.RepositoryPaths.Templates, language, diagnostics)!;
        var document = EpubFixture.Document(language: language);
        document = document with { Preface = document.Preface with { Sponsors = [.. sponsors] } };

        Assert.Equal(expected, BookDescription.SponsorList(document, strings, diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_very_long_cover_title_ends_with_an_ellipsis()
    {
        var lines = CoverLayout.Lines(new string('权', 100), chinese: true);

        Assert.Equal(CoverLayout.MaxLines, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_contents_entry_shows_the_operative_verb_or_the_first_clause()
    {
        var document = EpubFixture.Document();

        Assert.Equal("最强烈地谴责", TocText.For(document.Operative[0], chinese: true));
        Assert.Equal("表示极其严重关切", TocText.For(document.Operative[1], chinese: true));
    }

    [Theory]
    [InlineData("plain 文本", "plain 文本")]
    [InlineData("a\u0001b\u0008c", "a\uFFFDb\uFFFDc")]
    [InlineData("tab\tline\nok", "tab\tline\nok")]
    [InlineData("pair \U0002A6A5 kept", "pair \U0002A6A5 kept")]
    [InlineData("noncharacters \uFFFE\uFFFF, C1 \u0085 kept", "noncharacters \uFFFD\uFFFD, C1 \u0085 kept")]
    public void Text_is_made_safe_for_xml(string input, string expected)
    {
        Assert.Equal(expected, XmlSafeText.Clean(input));
    }

    [Fact]
    public void A_lone_surrogate_is_replaced()
    {
        Assert.Equal("lone \uFFFD surrogate", XmlSafeText.Clean("lone \uD800 surrogate"));
        Assert.Equal("pairs \U0002A6A5\U0002A6A5 then a low \uFFFD", XmlSafeText.Clean("pairs \U0002A6A5\U0002A6A5 then a low \uDC00"));
        Assert.Equal("a high at the end \uFFFD", XmlSafeText.Clean("a high at the end \uD800"));
    }
}

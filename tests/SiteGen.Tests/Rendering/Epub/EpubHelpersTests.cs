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
    public void Text_is_made_safe_for_xml(string input, string expected)
    {
        Assert.Equal(expected, XmlSafeText.Clean(input));
    }

    [Fact]
    public void A_lone_surrogate_is_replaced()
    {
        Assert.Equal("lone \uFFFD surrogate", XmlSafeText.Clean("lone \uD800 surrogate"));
    }
}

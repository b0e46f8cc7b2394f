using SiteGen.Core.Model;

namespace SiteGen.Tests.Model;

public sealed class UnitIdTests
{
    [Fact]
    public void Ids_print_as_design_md_specifies()
    {
        Assert.Equal("pp12", UnitId.Preambular(12).ToString());
        Assert.Equal("op19", UnitId.Operative(19).ToString());
        Assert.Equal("op19-b", UnitId.Operative(19).Sub(2).ToString());
        Assert.Equal("op2-a-iii", UnitId.Operative(2).Sub(1).Item2(3).ToString());
        Assert.Equal("fn16", UnitId.Footnote(16).ToString());
        Assert.Equal("fnref16", UnitId.Footnote(16).ReferenceAnchor);
    }

    [Fact]
    public void Only_operative_paragraphs_have_sub_paragraphs_and_only_those_second_degree_ones()
    {
        Assert.Throws<InvalidOperationException>(() => UnitId.Preambular(1).Sub(1));
        Assert.Throws<InvalidOperationException>(() => UnitId.Operative(1).Item2(1));
        Assert.Throws<InvalidOperationException>(() => UnitId.Operative(1).ReferenceAnchor);
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(26, "z")]
    [InlineData(27, "aa")]
    [InlineData(28, "bb")]
    public void Letters_follow_un_practice_after_z(int ordinal, string letters)
    {
        Assert.Equal(letters, Ordinals.ToLetters(ordinal));
        Assert.Equal(ordinal, Ordinals.FromLetters(letters));
    }

    [Theory]
    [InlineData(1, "i", "一")]
    [InlineData(4, "iv", "四")]
    [InlineData(9, "ix", "九")]
    [InlineData(10, "x", "十")]
    [InlineData(13, "xiii", "十三")]
    [InlineData(20, "xx", "二十")]
    [InlineData(49, "xlix", "四十九")]
    public void Roman_and_chinese_numerals_round_trip(int number, string roman, string chinese)
    {
        Assert.Equal(roman, Ordinals.ToRoman(number).ToLowerInvariant());
        Assert.Equal(number, Ordinals.FromRoman(roman));
        Assert.Equal(chinese, Ordinals.ToChinese(number));
        Assert.Equal(number, Ordinals.FromChinese(chinese));
    }

    [Theory]
    [InlineData("iiii")]
    [InlineData("vx")]
    [InlineData("ab")]
    [InlineData("")]
    public void Text_that_is_not_a_canonical_numeral_is_not_one(string text)
    {
        Assert.Equal(0, Ordinals.FromRoman(text));
        Assert.Equal(0, Ordinals.FromChinese(text));
    }
}

using SiteGen.Core.References;

namespace SiteGen.Tests.References;

/// <summary>The paragraph a reference names beside its link, in the languages the references are read in.</summary>
public sealed class ParagraphPinpointTests
{
    [Theory]
    [InlineData("号决议第8段的规定", "op8")]
    [InlineData("号决议第 17 段关于", "op17")]
    [InlineData("号决议第19(b)段", "op19-b")]
    [InlineData("号决议序言部分第3段", "pp3")]
    [InlineData("第3段，", "op3")]
    [InlineData(", para. 8;", "op8")]
    [InlineData(", paragraph 19 (b),", "op19-b")]
    [InlineData(", preambular paragraph 4", "pp4")]
    [InlineData(", par. 2", "op2")]
    [InlineData(", párr. 5", "op5")]
    public void A_paragraph_after_the_link_is_found(string following, string expected) =>
        Assert.Equal(expected, ParagraphPinpointRecognizer.After(following)?.ToString());

    [Theory]
    [InlineData("to fully implement paragraph 8 of Security Council resolution ", "op8")]
    [InlineData("Recalls paragraph 2 of its resolution ", "op2")]
    [InlineData("preambular paragraph 3 of resolution ", "pp3")]
    [InlineData("le paragraphe 4 de la résolution ", "op4")]
    [InlineData("el párrafo 6 de la resolución ", "op6")]
    [InlineData("пункт 7 резолюции ", "op7")]
    [InlineData("الفقرة 9 من القرار ", "op9")]
    public void A_paragraph_before_the_link_is_found(string preceding, string expected) =>
        Assert.Equal(expected, ParagraphPinpointRecognizer.Before(preceding)?.ToString());

    [Theory]
    [InlineData("号决议，")]
    [InlineData("号决议第53号")]
    [InlineData(" of 22 March 2019, paragraph")]
    [InlineData(", 2018")]
    public void Text_that_names_no_paragraph_gives_none_after(string following) =>
        Assert.Null(ParagraphPinpointRecognizer.After(following));

    [Theory]
    [InlineData("Recalling its resolution ")]
    [InlineData("paragraph 8 of the report and resolution ")]
    public void Text_that_names_no_paragraph_gives_none_before(string preceding) =>
        Assert.Null(ParagraphPinpointRecognizer.Before(preceding));
}

using SiteGen.Core.Parsing;

namespace SiteGen.Tests.Parsing;

public sealed class SuperscriptNumberTests
{
    [Fact]
    public void Exactly_the_ten_superscript_digits_are_digits()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal("⁰¹²³⁴⁵⁶⁷⁸⁹".Contains(c), SuperscriptNumber.IsDigit(c));
        }
    }

    [Theory]
    [InlineData("大会“决议”é¹", 7)]
    [InlineData("³⁵", 0)]
    [InlineData("x⁹", 1)]
    [InlineData("ⁱ⁰", 1)]
    [InlineData("“no marker”", -1)]
    [InlineData("", -1)]
    public void The_first_superscript_digit_is_found_past_characters_near_them(string text, int expected) =>
        Assert.Equal(expected, SuperscriptNumber.IndexOfDigit(text));
}

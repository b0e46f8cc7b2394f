using SiteGen.Core.References;

namespace SiteGen.Tests.References;

public sealed class ReferenceTermsTests
{
    public static TheoryData<string> Languages => ["zh-Hans", "en", "fr", "es", "ru", "ar"];

    /// <summary>The recogniser only tries places where a start letter stands, so no other letter may open a lead-in.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_character_that_opens_a_lead_in_ignoring_case_is_a_lead_in_start_letter(string language)
    {
        var terms = ReferenceTerms.For(language);
        foreach (var word in terms.LeadIns)
        {
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                if (string.Equals(c.ToString(), word[..1], StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(terms.LeadInStarts.Contains(c), $"U+{(int)c:X4} opens \"{word}\" but is not a start letter");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_body_name_starts_with_a_body_name_start_letter(string language)
    {
        var terms = ReferenceTerms.For(language);
        Assert.All(terms.BodyNames, name => Assert.True(terms.BodyNameStarts.Contains(name.Text[0])));
    }
}

using SiteGen.Core.References;

namespace SiteGen.Tests.References;

public sealed class ReferenceTermsTests
{
    public static TheoryData<string> Languages => ["zh-Hans", "en", "fr", "es", "ru", "ar"];

    /// <summary>The recogniser only tries places the search finds, so a lead-in in any case must be found where it stands.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void The_lead_in_search_finds_every_lead_in_in_any_case_where_it_stands(string language)
    {
        var terms = ReferenceTerms.For(language);
        foreach (var word in terms.LeadIns)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                var text = "12 , " + written + " 70/1";
                Assert.Equal(5, terms.LeadInSearch.IndexIn(text));
            }
        }

        Assert.Equal(-1, terms.LeadInSearch.IndexIn("12 , 70/1 (2016)"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_body_name_search_finds_every_body_name_where_it_stands(string language)
    {
        var terms = ReferenceTerms.For(language);
        Assert.All(terms.BodyNames, name => Assert.Equal(3, terms.BodyNameSearch.IndexIn("12 " + name.Text + " 70/1")));
        Assert.Equal(-1, terms.BodyNameSearch.IndexIn("12 , 70/1 (2016)"));
    }
}

using SiteGen.Core.Searching;

namespace SiteGen.Tests.Searching;

/// <summary>
/// The terms of the search index: a word without its accents finds it written with them, in either case and whether
/// the accent is written as part of the letter or apart; Latin letters that are not a letter with a mark stay apart.
/// </summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("securite", "Sécurité")]
    [InlineData("securite", "SÉCURITÉ")]
    [InlineData("securite", "se\u0301curite\u0301")]
    [InlineData("nandu", "Ñandú")]
    [InlineData("łodz", "Łódź")]
    [InlineData("ano", "Año")]
    public void A_word_without_its_marks_finds_it_with_them(string query, string text)
    {
        var indexed = new List<string>();
        SearchTerms.ForIndex(text, term => indexed.Add(term.ToString()));

        Assert.Single(SearchTerms.ForQuery(query));
        Assert.Contains(SearchTerms.ForQuery(query)[0], indexed);
    }

    [Theory]
    [InlineData("strasse", "Straße")]
    [InlineData("aesir", "Æsir")]
    [InlineData("lodz", "Łódź")]
    public void A_letter_that_is_not_a_letter_with_a_mark_stays_apart(string query, string text)
    {
        var indexed = new List<string>();
        SearchTerms.ForIndex(text, term => indexed.Add(term.ToString()));

        Assert.Single(indexed);
        Assert.DoesNotContain(SearchTerms.ForQuery(query)[0], indexed);
    }

    [Fact]
    public void The_table_maps_each_latin_letter_with_marks_to_its_letter_in_lower_case()
    {
        Assert.Equal(0x180 - 0xC0, SearchTerms.LatinLetters.Length);
        Assert.Equal('e', SearchTerms.LatinLetters['é' - 0xC0]);
        Assert.Equal('e', SearchTerms.LatinLetters['É' - 0xC0]);
        Assert.Equal('ł', SearchTerms.LatinLetters['ł' - 0xC0]);
        Assert.Equal('ß', SearchTerms.LatinLetters['ß' - 0xC0]);
    }
}

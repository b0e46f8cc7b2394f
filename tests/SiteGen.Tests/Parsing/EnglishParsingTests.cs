using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

public sealed class EnglishParsingTests
{
    private static readonly string Input = File.ReadAllText(Path.Combine(Golden.CasesDirectory, "parsing", "en-seed-translation", "input.md"));

    [Fact]
    public void The_language_of_an_english_source_is_detected() =>
        Assert.Equal("en", LanguageConventions.DetectLanguage(Input));

    [Fact]
    public void A_parenthesised_i_after_h_is_the_letter_and_after_a_colon_the_numeral()
    {
        var document = Sources.Parse(Input, out _);
        Assert.Equal(["op2-a", "op2-b", "op2-c", "op2-d", "op2-e", "op2-f", "op2-g", "op2-h", "op2-i"], document.Operative[1].Children.Select(c => c.Id.ToString()));
        Assert.Equal(["op2-a-i", "op2-a-ii"], document.Operative[1].Children[0].Children.Select(c => c.Id.ToString()));
        var op3 = document.Operative[2].Children;
        Assert.Equal(["op3-h-i", "op3-h-ii"], op3[7].Children.Select(c => c.Id.ToString()));
        Assert.Equal("op3-i", op3[8].Id.ToString());
        Assert.Equal("(i)", op3[8].Label);
    }

    [Fact]
    public void English_page_break_splits_are_rejoined_with_one_space()
    {
        var document = Sources.Parse(Input, out _);
        Assert.Equal(
            "Recalling all previous resolutions, including General Assembly resolution 78/218 of 19 December 2023 and Human Rights Council resolution 55/21 of 4 April 2024, and conscious of the need to strengthen coordinated efforts,",
            document.Preamble[1].Text);
        Assert.EndsWith("Special Rapporteur, including by granting full, free and unimpeded access to the country;", document.Operative[2].Children[8].Text, StringComparison.Ordinal);
        Assert.Equal(3, document.Preamble.Length);
    }

    [Fact]
    public void English_sponsors_keep_states_whose_names_contain_and()
    {
        var document = Sources.Parse(Input, out _);
        Assert.Equal(
            ["Albania", "Andorra", "Bosnia and Herzegovina", "Japan", "United Kingdom of Great Britain and Northern Ireland", "United States of America"],
            document.Preface.Sponsors.ToArray());
        Assert.Equal("draft resolution", document.Preface.DocumentType);
        Assert.Equal("71(c)", document.Preface.AgendaItem);
        Assert.Equal("Seventy-ninth session", document.Preface.Session);
    }

    [Fact]
    public void English_operative_verbs_keep_their_emphasis()
    {
        var document = Sources.Parse(Input, out _);
        var verb = Assert.IsType<Emphasis>(document.Operative[0].Content[0]);
        Assert.Equal("Condemns in the strongest terms", InlineText.Plain(verb.Children));
    }
}

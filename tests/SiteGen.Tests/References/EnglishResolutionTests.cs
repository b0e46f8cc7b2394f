using SiteGen.Core.Model;

namespace SiteGen.Tests.References;

/// <summary>Resolution numbers in English prose resolve by the same rules as in Chinese (DESIGN.md, "References").</summary>
public sealed class EnglishResolutionTests
{
    [Fact]
    public void Named_bodies_give_their_symbols_and_the_closest_one_wins()
    {
        var document = HandMadeDocument.English()
            .Preamble("Recalling all previous resolutions adopted by the General Assembly, the Commission on Human Rights and the Human Rights Council on the situation of human rights in the Democratic People's Republic of Korea, including General Assembly resolution 78/218 of 19 December 2023 and Human Rights Council resolution 55/21 of 4 April 2024,[^1]")
            .Resolve();

        Assert.Equal(["pp1 78/218 → A/RES/78/218", "pp1 55/21 → A/HRC/RES/55/21"], ReferenceListing.Of(document));
    }

    [Fact]
    public void The_Council_means_the_council_named_last()
    {
        var document = HandMadeDocument.English()
            .Operative("*Welcomes* the report established pursuant to Human Rights Council resolution 31/18 of 23 March 2016, and also welcomes Council resolution 55/21;")
            .Operative("*Supports* the work done in furtherance of resolution 55/21 of the Council;")
            .Resolve();

        Assert.Equal(
            ["op1 31/18 → A/HRC/RES/31/18", "op1 55/21 → A/HRC/RES/55/21", "op2 55/21 → A/HRC/RES/55/21"],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void Security_Council_resolutions_with_a_spaced_year_give_symbols_without_the_space()
    {
        var document = HandMadeDocument.English()
            .Preamble("in accordance with the provisions of Security Council resolutions 2321 (2016) of 30 November 2016, 2371 (2017) of 5 August 2017, 2375 (2017) of 11 September 2017 and 2397 (2017) of 22 December 2017,")
            .Resolve();

        Assert.Equal(
            [
                "pp1 2321 (2016) → S/RES/2321(2016)", "pp1 2371 (2017) → S/RES/2371(2017)",
                "pp1 2375 (2017) → S/RES/2375(2017)", "pp1 2397 (2017) → S/RES/2397(2017)",
            ],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_coordinated_list_with_dates_and_footnote_markers_gives_one_link_each()
    {
        var document = HandMadeDocument.English()
            .Operative("the steps taken pursuant to Human Rights Council resolutions 34/24 of 24 March 2017,[^29] 40/20 of 22 March 2019[^30] and 46/17 of 23 March 2021,[^31] and resolutions 49/22, 52/28, and 55/21;")
            .Resolve();

        Assert.Equal(
            [
                "op1 34/24 → A/HRC/RES/34/24", "op1 40/20 → A/HRC/RES/40/20", "op1 46/17 → A/HRC/RES/46/17",
                "op1 49/22 → A/HRC/RES/49/22", "op1 52/28 → A/HRC/RES/52/28", "op1 55/21 → A/HRC/RES/55/21",
            ],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void A_bare_list_keeps_the_body_an_earlier_unit_tied_it_to()
    {
        var document = HandMadeDocument.English()
            .Operative("pursuant to Human Rights Council resolutions 34/24, 40/20 and 46/17;")
            .Operative("as confirmed by the High Commissioner in reports submitted pursuant to resolutions 34/24, 40/20 and 46/17;")
            .Resolve();

        Assert.Equal(
            [
                "op1 34/24 → A/HRC/RES/34/24", "op1 40/20 → A/HRC/RES/40/20", "op1 46/17 → A/HRC/RES/46/17",
                "op2 34/24 → A/HRC/RES/34/24", "op2 40/20 → A/HRC/RES/40/20", "op2 46/17 → A/HRC/RES/46/17",
            ],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void The_roman_session_form_and_a_bare_number_are_the_Assembly_s()
    {
        var document = HandMadeDocument.English()
            .Footnote("See resolution 2200 A (XXI), annex.")
            .Footnote("See Resolution 70/1.")
            .Resolve();

        Assert.Equal(["fn1 2200 A (XXI) → A/RES/2200(XXI)", "fn2 70/1 → A/RES/70/1"], ReferenceListing.Of(document));
    }

    [Fact]
    public void A_pinpoint_stays_text_beside_the_link()
    {
        var document = HandMadeDocument.English()
            .Operative("to fully implement paragraph 8 of Security Council resolution 2397 (2017), paragraph 17 of resolution 2375 (2017);")
            .Resolve();

        Assert.Equal(["op1 2397 (2017) → S/RES/2397(2017)", "op1 2375 (2017) → S/RES/2375(2017)"], ReferenceListing.Of(document));
        Assert.Equal("to fully implement paragraph 8 of Security Council resolution ", Assert.IsType<TextRun>(document.Operative[0].Content[0]).Text);
    }

    [Theory]
    [InlineData("Noting the reopening of borders after the coronavirus disease (COVID-19) pandemic,")]
    [InlineData("Stressing the fight against HIV/AIDS, 24/7 access and the resolutions of the Security Council,")]
    [InlineData("Taking note of the present resolution and resolution of the situation,")]
    [InlineData("United Nations, Treaty Series, vol. 1249, No. 20378.")]
    public void Text_without_a_symbol_or_resolution_number_stays_as_it_is(string text)
    {
        var document = HandMadeDocument.English().Preamble(text).Resolve(out var diagnostics);

        Assert.Empty(document.References);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(text, Assert.IsType<TextRun>(Assert.Single(document.Preamble[0].Content)).Text);
    }
}

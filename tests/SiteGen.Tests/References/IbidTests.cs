using SiteGen.Core.Model;

namespace SiteGen.Tests.References;

/// <summary>"Ibid." footnotes get the note they repeat (DESIGN.md, "References": never a bare 同上).</summary>
public sealed class IbidTests
{
    [Fact]
    public void A_whole_note_ibid_repeats_the_previous_note_and_gets_its_reference()
    {
        var document = new HandMadeDocument().Footnote("见第 2200 A(XXI)号决议，附件。").Footnote("同上。").Resolve();

        Assert.Equal(1, document.Footnotes[1].Repeats);
        Assert.Equal(["fn1 2200 A(XXI) → A/RES/2200(XXI)", "fn2 同上 → A/RES/2200(XXI)"], ReferenceListing.Of(document));
        Assert.Equal("同上", document.Source.Slice(document.References[1].Span));
    }

    [Fact]
    public void Chains_of_ibid_notes_end_at_the_note_that_names_the_source()
    {
        var document = new HandMadeDocument()
            .Footnote("联合国，《条约汇编》，第 1577 卷，第 27531 号。")
            .Footnote("同上，第 1249 卷，第 20378 号。")
            .Footnote("同上，第 2515 卷，第 44910 号。")
            .Resolve();

        Assert.Equal([null, 1, 1], document.Footnotes.Select(n => n.Repeats));
        Assert.Empty(document.References);
    }

    [Fact]
    public void An_ibid_with_a_pinpoint_keeps_only_its_own_references()
    {
        var document = new HandMadeDocument()
            .Footnote("见《大会正式记录，第七十二届会议，补编第 53 号》(A/72/53)，第四章，A 节。")
            .Footnote("同上，《第七十四届会议，补编第 53 号》(A/74/53)，第四章，A 节。")
            .Footnote("同上。")
            .Resolve();

        Assert.Equal([null, 1, 1], document.Footnotes.Select(n => n.Repeats));
        Assert.Equal(["fn1 A/72/53 → A/72/53", "fn2 A/74/53 → A/74/53", "fn3 同上 → A/72/53"], ReferenceListing.Of(document));
    }

    [Fact]
    public void English_ibid_notes_are_recognised_with_and_without_a_pinpoint()
    {
        var document = HandMadeDocument.English()
            .Footnote("See resolution 2200 A (XXI), annex.")
            .Footnote("Ibid.")
            .Footnote("Ibid., vol. 1249, No. 20378.")
            .Resolve();

        Assert.Equal([null, 1, 1], document.Footnotes.Select(n => n.Repeats));
        Assert.Equal(["fn1 2200 A (XXI) → A/RES/2200(XXI)", "fn2 Ibid. → A/RES/2200(XXI)"], ReferenceListing.Of(document));
    }

    [Fact]
    public void An_ibid_with_nothing_before_it_is_reported()
    {
        var document = new HandMadeDocument().Footnote("同上。").Resolve(out var diagnostics);

        Assert.Null(document.Footnotes[0].Repeats);
        Assert.Equal("SG2012", Assert.Single(diagnostics.Items).Code);
        Assert.Empty(document.References);
    }

    [Fact]
    public void A_note_that_merely_contains_the_word_is_not_ibid()
    {
        var document = HandMadeDocument.English().Footnote("See A/79/53.").Footnote("Ibidem notes are discouraged.").Resolve();

        Assert.Null(document.Footnotes[1].Repeats);
    }
}

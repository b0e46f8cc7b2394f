using SiteGen.Core.Model;

namespace SiteGen.Tests.References;

/// <summary>References are listed in reading order and resolving never changes what a unit says.</summary>
public sealed class ReadingOrderTests
{
    private static HandMadeDocument Sample() => new HandMadeDocument()
        .Preamble("回顾大会第 78/218 号决议，[^1]")
        .Operative("**欢迎**人权理事会第 55/21 号决议；")
        .Sub("依照第 34/24 号决议，")
        .Item("安全理事会第2397(2017)号决议第8段，")
        .Sub("注意到 A/HRC/52/64，")
        .Operative("注意到第 70/1 号决议。")
        .Footnote("A/HRC/25/63。")
        .Footnote("同上。");

    [Fact]
    public void References_follow_the_preamble_then_the_operative_part_depth_first_then_the_footnotes()
    {
        var document = Sample().Resolve();

        Assert.Equal(
            [
                "pp1 78/218 → A/RES/78/218", "op1 55/21 → A/HRC/RES/55/21", "op1-a 34/24 → A/RES/34/24",
                "op1-a-i 2397(2017) → S/RES/2397(2017)", "op1-b A/HRC/52/64 → A/HRC/52/64", "op2 70/1 → A/RES/70/1",
                "fn1 A/HRC/25/63 → A/HRC/25/63", "fn2 同上 → A/HRC/25/63",
            ],
            ReferenceListing.Of(document));
    }

    [Fact]
    public void Resolving_keeps_every_unit_text_and_footnote_marker()
    {
        var parsed = Sample().Build();

        var resolved = new SiteGen.Core.References.ReferenceResolver().Resolve(parsed, new SiteGen.Core.Diagnostics.DiagnosticBag());

        Assert.Equal(parsed.Units().Select(u => u.Text), resolved.Units().Select(u => u.Text));
        Assert.Equal(
            parsed.Units().Select(u => ReferenceListing.Leaves(u.Content).OfType<NoteRef>().Count()),
            resolved.Units().Select(u => ReferenceListing.Leaves(u.Content).OfType<NoteRef>().Count()));
    }

    [Fact]
    public void Every_symbol_link_has_its_reference_and_its_span_covers_its_text()
    {
        var document = Sample().Resolve();

        var links = document.Units().SelectMany(u => ReferenceListing.Leaves(u.Content).OfType<SymbolLink>().Select(l => (u.Id, l))).ToList();
        Assert.Equal(
            links.Select(x => $"{x.Id} {x.l.Text} → {x.l.Symbol}"),
            ReferenceListing.Of(document).Where(r => !r.Contains("同上", StringComparison.Ordinal)));
        Assert.All(links, x => Assert.Equal(x.l.Text, document.Source.Slice(x.l.Span)));
    }
}

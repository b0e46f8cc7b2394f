using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Model;

public sealed class InlineTextTests
{
    private static readonly SourceSpan At = new(0, 1);

    private static readonly ImmutableArray<Inline> Paragraph =
    [
        new Strong([new TextRun("决定", At)], At),
        new TextRun("依照第 ", At),
        new SymbolLink("78/218", "A/RES/78/218", At),
        new TextRun(" 号决议：", At),
        new NoteRef(3, At),
        new TextRun("  ", At),
    ];

    [Fact]
    public void Plain_text_joins_runs_emphasis_and_links_and_leaves_out_footnote_markers()
    {
        Assert.Equal("决定依照第 78/218 号决议：  ", InlineText.Plain(Paragraph));
        Assert.Equal(InlineText.Plain(Paragraph.AsEnumerable()), InlineText.Plain(Paragraph));
    }

    [Fact]
    public void The_plain_text_of_a_single_run_is_that_run_s_text()
    {
        var run = new TextRun("大会，", At);
        Assert.Same(run.Text, InlineText.Plain([run]));
        Assert.Equal("", InlineText.Plain([new NoteRef(1, At)]));
    }

    [Fact]
    public void The_last_visible_character_is_found_past_white_space_and_footnote_markers()
    {
        Assert.Equal('：', InlineText.LastNonWhiteSpace(Paragraph));
        Assert.Equal('定', InlineText.LastNonWhiteSpace([new Emphasis([new TextRun("决定 ", At)], At), new NoteRef(1, At)]));
        Assert.Null(InlineText.LastNonWhiteSpace([new TextRun(" \n", At), new NoteRef(1, At)]));
        Assert.Null(InlineText.LastNonWhiteSpace([]));
    }
}

using System.Collections.Immutable;
using SiteGen.Core.Importing;

namespace SiteGen.Tests.Importing;

/// <summary>The small recognisers of the import, each on its own.</summary>
public sealed class ImportingRecognizerTests
{
    [Theory]
    [InlineData("31 October 2018", 2018, 10, 31)]
    [InlineData("3 décembre 2024", 2024, 12, 3)]
    [InlineData("31 de octubre de 2018", 2018, 10, 31)]
    [InlineData("31 октября 2018 года", 2018, 10, 31)]
    [InlineData("2018年10月31日", 2018, 10, 31)]
    public void A_masthead_date_is_read_in_each_language(string text, int year, int month, int day)
    {
        Assert.True(MastheadDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31 Octember 2018")]
    [InlineData("31 February 2018")]
    [InlineData("Agenda item 77")]
    public void What_is_not_a_date_is_not_read_as_one(string text) => Assert.False(MastheadDate.TryParse(text, out _));

    [Theory]
    [InlineData("drug-", "resistant", "drug-resistant")]
    [InlineData("inter\u00AD", "national", "international")]
    [InlineData("low-", "and middle-income", "low-and middle-income")]
    [InlineData("the", "Assembly", "the Assembly")]
    [InlineData("a -", "b", "a - b")]
    [InlineData("重申所有国家都有义务", "尊重", "重申所有国家都有义务尊重")]
    public void Lines_are_rejoined_with_a_space_except_after_a_hyphen_or_between_Chinese(string first, string second, string joined)
    {
        var runs = new List<StyledRun> { new(first, RunStyle.None) };
        LineJoiner.Append(runs, [new StyledRun(second, RunStyle.None)]);
        Assert.Equal(joined, string.Concat(runs.Select(r => r.Text)));
    }

    [Theory]
    [InlineData("a * b", "a \\* b")]
    [InlineData("snake_case", "snake\\_case")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a bullet", "\\- not a bullet")]
    [InlineData("1. Decides", "1. Decides")]
    [InlineData("<b>", "\\<b>")]
    public void Markdown_syntax_in_imported_text_is_escaped(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownEscaper.Escape(text, atLineStart: true));

    private static PdfGlyph Glyph(string value, double left, double baseline, double size, bool italic = false) =>
        new(value, left, left + size / 2, baseline, size, Bold: false, Italic: italic);

    [Fact]
    public void A_small_raised_number_is_the_superscript_of_the_line_below_it()
    {
        var page = new PdfPageGlyphs(1, 612, 792,
        [
            Glyph("C", 100, 400, 10), Glyph("t", 105, 400, 10), Glyph("1", 110.5, 403.5, 6.5),
            Glyph("r", 117, 400, 10), Glyph("e", 122, 400, 10),
            Glyph("n", 100, 388, 10), Glyph("x", 105, 388, 10),
        ]);

        var rows = RowRecognizer.Recognize(page);

        Assert.Equal(2, rows.Count);
        Assert.Equal("Ct1 re", rows[0].Text);
        Assert.Equal([false, false, true, false, false], rows[0].Glyphs.Select(g => g.Superscript));
        Assert.Equal(10, rows[0].Size);
    }

    [Fact]
    public void A_raised_line_set_as_large_as_the_text_is_a_line_of_its_own()
    {
        var page = new PdfPageGlyphs(1, 612, 792, [Glyph("a", 100, 403.5, 10), Glyph("b", 100, 400 - 12, 10)]);
        Assert.Equal(2, RowRecognizer.Recognize(page).Count);
        Assert.False(SuperscriptRecognizer.IsSuperscriptOf([Glyph("1", 100, 404, 9)], [Glyph("a", 100, 400, 10)]));
        Assert.False(SuperscriptRecognizer.IsSuperscriptOf([Glyph("1", 100, 410, 6)], [Glyph("a", 100, 400, 10)]));
        Assert.True(SuperscriptRecognizer.IsSuperscriptOf([Glyph("1", 100, 403, 6)], [Glyph("a", 100, 400, 10)]));
    }

    [Fact]
    public void Page_furniture_is_only_what_sits_in_the_bands_and_looks_like_furniture()
    {
        TextRow Row(int page, double baseline, double size, string text) =>
            new(page, [.. text.Select((c, i) => new RowGlyph(Glyph(c.ToString(), 60 + i * size / 2, baseline, size), false, c != ' ' && i > 0 && text[i - 1] == ' ')).Where(g => !g.Glyph.IsBlank)]);

        Assert.True(PageFurnitureRecognizer.IsFurniture(Row(2, 36.7, 8.5, "2/5"), 792, 10, "A/RES/73/7"));
        Assert.True(PageFurnitureRecognizer.IsFurniture(Row(1, 44.4, 10, "18-18142 (E) 021118"), 792, 10, "A/RES/73/7"));
        Assert.True(PageFurnitureRecognizer.IsFurniture(Row(1, 29.8, 12, "*1818142*"), 792, 10, "A/RES/73/7"));
        Assert.True(PageFurnitureRecognizer.IsFurniture(Row(2, 733, 8.5, "A/RES/73/7"), 792, 10, "A/RES/73/7"));
        Assert.False(PageFurnitureRecognizer.IsFurniture(Row(2, 59.5, 8.5, "See resolution 55/2."), 792, 10, "A/RES/73/7"));
        Assert.False(PageFurnitureRecognizer.IsFurniture(Row(2, 709.7, 10, "HIV and AIDS"), 792, 10, "A/RES/73/7"));
        Assert.Equal('E', PageFurnitureRecognizer.JobLanguageLetter(Row(1, 44.4, 10, "18-18142 (E) 021118")));
    }

    [Fact]
    public void A_page_without_a_rule_has_its_notes_in_the_small_rows_that_start_with_a_marker()
    {
        TextRow Row(double baseline, double size, string text, bool marker = false) =>
            new(1, [.. text.Select((c, i) => new RowGlyph(Glyph(c.ToString(), 100 + i * 5, baseline, size), marker && i == 0, false))]);
        var rows = new[] { Row(500, 10, "text"), Row(488, 10, "more"), Row(90, 8.5, "1note", marker: true), Row(80, 8.5, "rest") };

        var (text, notes) = NoteAreaRecognizer.Split(rows, 10);

        Assert.Equal(2, text.Count);
        Assert.Equal(2, notes.Count);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Every real UN text of the shared corpus (copied under <c>Cases/corpus/</c>) models to exactly what a careful
/// reader sees in it, as its <c>NAME.json</c> says: the units in order with their texts (white space collapsed),
/// the sub-paragraph ids, the footnotes, every reference with the unit it is in (a reference marked optional may
/// be found or not), and the title where one is given. It checks with no error, but for those its expected file
/// announces: references to notes the source has no text for (<c>fn_refs_without_text</c>) and, for the
/// fragment that stops before its operative part, the missing operative part.
/// </summary>
public sealed partial class CorpusTests
{
    private static string CorpusDirectory => Path.Combine(Golden.CasesDirectory, "corpus");

    public static TheoryData<string> Names => [.. Directory.GetFiles(CorpusDirectory, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)).Order()];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_text_checks_with_no_error_but_those_its_expected_file_announces(string name)
    {
        var (expected, _, diagnostics) = Model(name);
        var announced = expected.TryGetProperty("fn_refs_without_text", out var count) ? count.GetInt32() : 0;

        Assert.Equal(announced, diagnostics.Items.Count(d => d.Code == "SG2001"));
        var fragment = expected.GetProperty("op").GetInt32() == 0;
        var others = diagnostics.Items.Where(d => d.IsError && d.Code != "SG2001" && !(fragment && d.Code == "SG2010")).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_text_has_the_units_and_texts_a_careful_reader_sees(string name)
    {
        var (expected, document, _) = Model(name);
        var units = document.Units().Where(unit => unit is not Footnote).ToList();

        Assert.Equal(expected.GetProperty("units").EnumerateObject().Select(unit => unit.Name), units.Select(unit => unit.Id.ToString()));
        foreach (var unit in units)
        {
            Assert.Equal(Collapse(expected.GetProperty("units").GetProperty(unit.Id.ToString()).GetString()!), Collapse(unit.Text));
        }

        Assert.Equal(expected.GetProperty("pp").GetInt32(), document.Preamble.Length);
        Assert.Equal(expected.GetProperty("op").GetInt32(), document.Operative.Length);
        Assert.Equal(
            expected.GetProperty("sub").EnumerateArray().Select(id => id.GetString()),
            units.Where(unit => unit is SubParagraph).Select(unit => unit.Id.ToString()));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_text_has_the_footnotes_a_careful_reader_sees(string name)
    {
        var (expected, document, _) = Model(name);
        var numbered = document.Footnotes.Where(note => !note.IsStarNote).ToList();

        Assert.Equal(expected.GetProperty("fn").GetInt32(), numbered.Count);
        Assert.Equal(
            expected.GetProperty("footnotes").EnumerateObject().Select(note => (note.Name, Collapse(note.Value.GetString()!))),
            numbered.Select(note => (note.Id.ToString(), Collapse(note.Text))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_text_has_the_references_a_careful_reader_sees_in_the_units_they_are_in(string name)
    {
        var (expected, document, _) = Model(name);
        var symbols = expected.GetProperty("symbols").EnumerateArray()
            .Select(s => (Symbol: s.GetProperty("symbol").GetString()!, In: s.GetProperty("in").GetString()!, Optional: s.TryGetProperty("optional", out var o) && o.GetBoolean()))
            .ToList();
        var found = document.References.Select(reference => (reference.Symbol, In: reference.In.ToString())).ToList();

        // Each reference a reader sees is found as often as it is written; an optional one at most as often.
        foreach (var group in symbols.GroupBy(s => (s.Symbol, s.In)))
        {
            var times = found.Count(reference => reference == group.Key);
            Assert.True(
                times >= group.Count(s => !s.Optional) && times <= group.Count(),
                $"{group.Key.Symbol} in {group.Key.In}: found {times} times, expected {group.Count(s => !s.Optional)} to {group.Count()}");
        }

        var extra = found.Where(reference => !symbols.Any(s => (s.Symbol, s.In) == reference)).ToList();
        Assert.True(extra.Count == 0, "references no reader sees: " + string.Join(", ", extra));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_text_has_its_title(string name)
    {
        var (expected, document, _) = Model(name);

        if (expected.TryGetProperty("title", out var title))
        {
            Assert.Equal(title.GetString(), document.Title);
        }
        else if (expected.GetProperty("op").GetInt32() > 0)
        {
            // Every complete text has a title of some form: a Security Council draft is headed by its type line.
            Assert.NotEqual("", document.Title);
        }
    }

    private static (JsonElement Expected, ResolutionDocument Document, DiagnosticBag Diagnostics) Model(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, name + ".json"))).RootElement;
        var text = File.ReadAllText(Path.Combine(CorpusDirectory, name + ".txt"));
        var document = Sources.Model(text, DocumentMetadata.ForLooseFile(expected.GetProperty("lang").GetString()!), out var diagnostics, $"tests/SiteGen.Tests/Cases/corpus/{name}.txt");
        return (expected, document, diagnostics);
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    // Runs of white space, collapsed as the expected files collapse them.
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// The footnote texts in a source sit wherever the PDF's pages ended. Another pagination of the same text (other
/// page ends, so footnote blocks elsewhere and other paragraphs split), with a BOM and CRLF line endings, must
/// give the same model.
/// </summary>
public sealed partial class RepaginationTests
{
    [Theory]
    [InlineData(900)]
    [InlineData(1500)]
    [InlineData(2300)]
    public void Another_pagination_of_the_seed_gives_the_same_model(int pageLength)
    {
        var original = Sources.Parse(Sources.SeedText, out var originalDiagnostics, "zh-Hans");
        var repaginated = Repaginate(Sources.SeedText, pageLength, out var splits);
        Assert.True(splits >= 3, $"the new pagination splits only {splits} paragraphs");

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(repaginated.ReplaceLineEndings("\r\n"))).ToArray();
        var diagnostics = new SiteGen.Core.Diagnostics.DiagnosticBag();
        var source = SiteGen.Core.Loading.SourceLoader.FromBytes(bytes, "repaginated.md", diagnostics)!;
        var model = SiteGen.Core.Parsing.ResolutionParser.Parse(source, Sources.SeedMetadata with { Language = "zh-Hans" }, diagnostics);

        Assert.Empty(originalDiagnostics.Items);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(Project(original), Project(model));
    }

    /// <summary>The model without positions: ids, labels, text with markers, footnotes.</summary>
    private static string Project(ResolutionDocument document) =>
        string.Join('\n', ModelTree.Format(document).Split('\n').Select(line => PositionColumn().Replace(line, "\t")));

    /// <summary>
    /// Lays the seed out on pages of about <paramref name="pageLength"/> characters: the seed's own footnote
    /// blocks and page-break splits are undone, then each page ends inside a paragraph (between two Han
    /// characters, outside Markdown syntax) and the notes referenced on that page are dumped there.
    /// </summary>
    private static string Repaginate(string seed, int pageLength, out int splits)
    {
        var blocks = BlankLines().Split(seed.Trim()).ToList();
        var notes = blocks.Where(b => Superscript().IsMatch(b[..1])).ToDictionary(b => NoteNumber(b), b => b);
        var paragraphs = new List<string>();
        foreach (var block in blocks.Where(b => !Superscript().IsMatch(b[..1])))
        {
            // The seed's three page-break continuations.
            if (block.StartsWith("年9月11日", StringComparison.Ordinal) || block.StartsWith("使此种", StringComparison.Ordinal) || block.StartsWith("人权状况、合作举措", StringComparison.Ordinal))
            {
                paragraphs[^1] += block;
            }
            else
            {
                paragraphs.Add(block);
            }
        }

        var output = new StringBuilder();
        var pending = new List<int>();
        var onPage = 0;
        splits = 0;
        foreach (var paragraph in paragraphs)
        {
            var rest = paragraph;
            while (onPage + rest.Length > pageLength && SplitPoint(rest, pageLength - onPage) is { } at)
            {
                var head = rest[..at];
                pending.AddRange(Markers(head));
                output.Append(head).Append("\n\n");
                foreach (var number in pending)
                {
                    output.Append(notes[number]).Append("\n\n");
                }

                pending.Clear();
                rest = rest[at..];
                onPage = 0;
                splits++;
            }

            pending.AddRange(Markers(rest));
            output.Append(rest).Append("\n\n");
            onPage += rest.Length;
        }

        foreach (var number in pending)
        {
            output.Append(notes[number]).Append("\n\n");
        }

        return output.ToString();
    }

    private static int? SplitPoint(string paragraph, int wanted)
    {
        for (var at = Math.Max(1, wanted); at < paragraph.Length - 1; at++)
        {
            var prefix = paragraph[..at];
            if (IsHan(paragraph[at - 1]) && IsHan(paragraph[at]) && prefix.Split("**").Length % 2 == 1 && prefix.Count(c => c == '[') == prefix.Count(c => c == ']'))
            {
                return at;
            }
        }

        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static IEnumerable<int> Markers(string text) =>
        Superscript().Matches(text).Select(m => SiteGen.Core.Parsing.SuperscriptNumber.Value(m.Value));

    private static int NoteNumber(string block) => SiteGen.Core.Parsing.SuperscriptNumber.Value(Superscript().Match(block).Value);

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"\t\d+:\d+\t")]
    private static partial Regex PositionColumn();
}

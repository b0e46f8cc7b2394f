using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>The seed's e-book checked by the real tools: epubcheck, DAISY Ace and pandoc's EPUB reader.</summary>
public sealed partial class EpubSeedValidationTests(SeedEpub seed) : IClassFixture<SeedEpub>
{
    [Fact]
    public void Epubcheck_reports_no_errors_and_no_warnings()
    {
        Assert.Empty(EpubValidators.Epubcheck(seed.Path));
    }

    [Fact]
    public void Daisy_ace_reports_no_violations()
    {
        Assert.Empty(EpubValidators.Ace(seed.Path));
    }

    [Theory]
    [InlineData("pp2")]
    [InlineData("op2-a-v")]
    [InlineData("op19-b")]
    [InlineData("fn1")]
    [InlineData("fn6")]
    [InlineData("fn22")]
    public void Pandoc_reads_the_whole_text_of_a_unit_back(string id)
    {
        var unit = seed.Document.Units().Single(u => u.Id.ToString() == id);
        var text = NoteMarker().Replace(PandocText.Value(seed.Path), "");

        Assert.True(unit.Text.Length > 2);
        Assert.Contains(unit.Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pandoc_reads_every_note_back_with_its_number_once()
    {
        // pandoc 2.17 reads Standard Ebooks' endnotes (epub:type="endnote" items) as a list, not as notes: each note
        // is one item that starts with its label, the ibid. explanation inside it.
        // pandoc's plain writer breaks long lines.
        var text = string.Join(" ", PandocText.Value(seed.Path).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(35, seed.Document.Footnotes.Length);
        Assert.All(seed.Document.Footnotes, note =>
        {
            var start = $"{note.Number} {string.Join(" ", note.Text[..Math.Min(8, note.Text.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries))}";
            Assert.Contains($"{note.Number}. {start}", text, StringComparison.Ordinal);
        });
        Assert.Contains("30 同上，《第七十四届会议，补编第 53 号》(A/74/53)，第四章，A 节。 “同上”指脚注 29：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_give_the_same_bytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        Assert.True(new EpubRenderer(RepositoryPaths.Templates).Render(seed.Document, first, new DiagnosticBag()));
        Assert.True(new EpubRenderer(RepositoryPaths.Templates).Render(seed.Document, second, new DiagnosticBag()));

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(File.ReadAllBytes(seed.Path), first.ToArray());
    }

    // pandoc's plain writer marks a note reference as [n].
    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex NoteMarker();

    /// <summary>pandoc runs once per book path for all the cases of the theory.</summary>
    private static class PandocText
    {
        private static readonly Dictionary<string, string> Cache = [];

        public static string Value(string path)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(path, out var text))
                {
                    text = EpubValidators.PandocPlainText(path);
                    File.WriteAllText(path + ".pandoc.txt", text);
                    Cache[path] = text;
                }

                return text;
            }
        }
    }
}

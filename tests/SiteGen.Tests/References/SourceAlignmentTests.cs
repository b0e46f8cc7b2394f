using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.References;

namespace SiteGen.Tests.References;

public sealed class SourceAlignmentTests
{
    [Fact]
    public void A_stretch_the_source_holds_as_it_is_maps_to_its_own_characters()
    {
        const string source = "5. 回顾第 78/218 号决议；";
        var run = new TextRun(source[3..], new SourceSpan(3, source.Length - 3));

        var span = new SourceAlignment(new SourceText("zh.md", source), run, 3).SpanOf(4, 8);

        Assert.Equal("78/218 号", source.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Syntax_between_the_characters_of_a_run_is_stepped_over()
    {
        const string source = "见 [A/HRC/25/63](#) 号文件";
        var run = new TextRun("见 A/HRC/25/63 号文件", new SourceSpan(0, source.Length));

        var span = new SourceAlignment(new SourceText("zh.md", source), run, 0).SpanOf(2, "A/HRC/25/63 号".Length);

        Assert.Equal(3, span.Start);
        Assert.Equal(source.IndexOf('号') + 1, span.End);
    }

    /// <summary>
    /// Stretches of runs whose source holds them with syntax, line breaks and dropped spaces in between, split one
    /// after another as linking splits them: the spans are those of the rule the type states, a search for each
    /// character in turn within the window after the one before (written out here as the reference).
    /// </summary>
    [Fact]
    public void Gives_the_spans_of_a_search_character_by_character()
    {
        var random = new Random(20261207);
        string[] pieces = ["第", "78/218", " 号决议", "**", "](#)", "\n", " ", "A/HRC/RES/55/21", "，", "\\(", "大会", "¹²"];
        for (var round = 0; round < 500; round++)
        {
            var source = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            // The run's text: the source without some of its syntax, as the parser leaves it.
            var text = source.Replace("**", "").Replace("](#)", "").Replace("\n", random.Next(2) == 0 ? "" : " ").Replace("\\(", "(");
            if (text.Length == 0)
            {
                continue;
            }

            var floor = random.Next(0, 3);
            var run = new TextRun(text, new SourceSpan(Math.Min(floor, source.Length), source.Length - Math.Min(floor, source.Length)));
            var alignment = new SourceAlignment(new SourceText("zh.md", source), run, 0);
            var reference = new CharacterSearch(source, run, 0);
            var offset = 0;
            while (offset < text.Length)
            {
                var length = random.Next(1, 8);
                Assert.Equal(reference.SpanOf(offset, length), alignment.SpanOf(offset, length));
                offset += length + random.Next(0, 3);
            }
        }
    }

    /// <summary>The rule of <see cref="SourceAlignment"/>, one character at a time.</summary>
    private sealed class CharacterSearch(string source, TextRun run, int floor)
    {
        private const int Window = 64;
        private readonly int _runStart = Math.Clamp(Math.Min(floor, run.Span.Start), 0, source.Length);
        private int _index;
        private int _pointer = Math.Clamp(Math.Min(floor, run.Span.Start), 0, source.Length);

        private int RunEnd => Math.Clamp(run.Span.End, _runStart, source.Length);

        public SourceSpan SpanOf(int offset, int length)
        {
            var last = Math.Min(offset + length, run.Text.Length);
            var start = -1;
            var end = -1;
            for (; _index < last; _index++)
            {
                var found = source.IndexOf(run.Text[_index], _pointer, Math.Min(Window, RunEnd - _pointer));
                var at = found >= 0 ? found : _pointer;
                if (found >= 0)
                {
                    _pointer = found + 1;
                }

                if (_index == offset)
                {
                    start = at;
                }

                if (_index >= offset)
                {
                    end = found >= 0 ? found + 1 : Math.Max(end, at);
                }
            }

            if (start < 0)
            {
                var approximate = Math.Clamp(_runStart + offset, _runStart, RunEnd);
                return SourceSpan.FromBounds(approximate, Math.Clamp(approximate + length, approximate, RunEnd));
            }

            return SourceSpan.FromBounds(start, Math.Clamp(end, start, RunEnd));
        }
    }
}

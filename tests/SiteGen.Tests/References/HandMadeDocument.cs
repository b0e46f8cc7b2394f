using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.References;

namespace SiteGen.Tests.References;

/// <summary>
/// Builds a small <see cref="ResolutionDocument"/> by hand, the way the parser would hand it over: units of
/// text runs, bold and footnote markers, in a source made of the units' own texts so spans are exact.
/// In a unit's text <c>**…**</c> is bold and <c>[^5]</c> a footnote marker.
/// </summary>
internal sealed class HandMadeDocument(string language = "zh-Hans", IssuingBody body = IssuingBody.GeneralAssembly)
{
    private readonly StringBuilder _source = new();
    private readonly List<(ImmutableArray<Inline> Content, SourceSpan Span)> _preamble = [];
    private readonly List<(ImmutableArray<Inline> Content, SourceSpan Span, List<(ImmutableArray<Inline> Content, SourceSpan Span, List<(ImmutableArray<Inline>, SourceSpan)> Items)> Subs)> _operative = [];
    private readonly List<(ImmutableArray<Inline> Content, SourceSpan Span)> _footnotes = [];

    public static HandMadeDocument English(IssuingBody body = IssuingBody.GeneralAssembly) => new("en", body);

    public HandMadeDocument Preamble(string text)
    {
        _preamble.Add(Append(text));
        return this;
    }

    public HandMadeDocument Operative(string text)
    {
        var (content, span) = Append(text);
        _operative.Add((content, span, []));
        return this;
    }

    /// <summary>A sub-paragraph of the last operative paragraph.</summary>
    public HandMadeDocument Sub(string text)
    {
        var (content, span) = Append(text);
        _operative[^1].Subs.Add((content, span, []));
        return this;
    }

    /// <summary>A second-degree sub-paragraph of the last sub-paragraph.</summary>
    public HandMadeDocument Item(string text)
    {
        _operative[^1].Subs[^1].Items.Add(Append(text));
        return this;
    }

    /// <summary>The next footnote, numbered from 1.</summary>
    public HandMadeDocument Footnote(string text)
    {
        _footnotes.Add(Append(text));
        return this;
    }

    public ResolutionDocument Build()
    {
        var source = new SourceText("hand-made.md", _source.ToString());
        var metadata = new DocumentMetadata("A/C.3/79/L.99", language, body, "limited", "en", null);
        var preamble = _preamble.Select((p, i) => new PreambularParagraph(UnitId.Preambular(i + 1), p.Content, [p.Span]));
        var operative = _operative.Select((p, i) =>
        {
            var id = UnitId.Operative(i + 1);
            var subs = p.Subs.Select((s, j) =>
            {
                var subId = id.Sub(j + 1);
                var items = s.Items.Select((item, k) => new SubParagraph(subId.Item2(k + 1), $"({k + 1})", item.Item1, [], [item.Item2]));
                return new SubParagraph(subId, $"({Ordinals.ToLetters(j + 1)})", s.Content, [.. items], [s.Span]);
            });
            return new OperativeParagraph(id, $"{i + 1}.", p.Content, [.. subs], [p.Span]);
        });
        var footnotes = _footnotes.Select((n, i) => new Footnote(UnitId.Footnote(i + 1), n.Content, [n.Span]));
        return new ResolutionDocument(metadata, source, Preface.Empty, "", [.. preamble], [.. operative], [.. footnotes], []);
    }

    /// <summary>Builds the document and resolves its references.</summary>
    public ResolutionDocument Resolve(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return new ReferenceResolver().Resolve(Build(), diagnostics);
    }

    public ResolutionDocument Resolve() => Resolve(out _);

    private (ImmutableArray<Inline> Content, SourceSpan Span) Append(string text)
    {
        var start = _source.Length;
        _source.Append(text);
        var content = Inlines(text, start, 0, text.Length);
        _source.Append("\n\n");
        return (content, SourceSpan.FromBounds(start, start + text.Length));
    }

    private static ImmutableArray<Inline> Inlines(string text, int offset, int from, int to)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        var runStart = from;
        var i = from;
        while (i < to)
        {
            if (text.AsSpan(i).StartsWith("**") && text.IndexOf("**", i + 2, StringComparison.Ordinal) is var close && close > 0 && close < to)
            {
                AddRun(inlines, text, offset, runStart, i);
                inlines.Add(new Strong(Inlines(text, offset, i + 2, close), SourceSpan.FromBounds(offset + i, offset + close + 2)));
                i = runStart = close + 2;
            }
            else if (text.AsSpan(i).StartsWith("[^") && text.IndexOf(']', i) is var end && end > 0 && end < to)
            {
                AddRun(inlines, text, offset, runStart, i);
                inlines.Add(new NoteRef(int.Parse(text[(i + 2)..end], System.Globalization.CultureInfo.InvariantCulture), SourceSpan.FromBounds(offset + i, offset + end + 1)));
                i = runStart = end + 1;
            }
            else
            {
                i++;
            }
        }

        AddRun(inlines, text, offset, runStart, to);
        return inlines.ToImmutable();
    }

    private static void AddRun(ImmutableArray<Inline>.Builder inlines, string text, int offset, int from, int to)
    {
        if (to > from)
        {
            inlines.Add(new TextRun(text[from..to], SourceSpan.FromBounds(offset + from, offset + to)));
        }
    }
}

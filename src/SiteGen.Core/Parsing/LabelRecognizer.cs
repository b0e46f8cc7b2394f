using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Recognises the numbering label at the start of a block and strips it from the content (DESIGN.md, "Input":
/// numbered operative paragraphs <c>1.</c>, sub-paragraphs <c>(a)</c>, second-degree sub-paragraphs <c>(一)</c>
/// in Chinese and <c>(i)</c> in English). Escaped parentheses arrive unescaped; full-width ones count too.
/// </summary>
internal static partial class LabelRecognizer
{
    public static (BlockLabel Label, ImmutableArray<Inline> Content) Recognize(SourceBlock block, LanguageConventions conventions)
    {
        if (block.ListNumber is { } number)
        {
            return (new BlockLabel($"{number}.", number, 0, 0), block.Content);
        }

        if (block.Content.IsEmpty || block.Content[0] is not TextRun first)
        {
            return (BlockLabel.None, block.Content);
        }

        var match = ParenthesisedLabel().Match(first.Text);
        if (match.Success)
        {
            var value = match.Groups["value"].Value;
            var label = new BlockLabel(
                $"({value})",
                0,
                Ordinals.FromLetters(value),
                conventions.ChineseNumeralItems ? Ordinals.FromChinese(value) : Ordinals.FromRoman(value));
            if (!label.IsNone)
            {
                return (label, Strip(block.Content, first, match.Length));
            }
        }

        match = NumberedLabel().Match(first.Text);
        if (match.Success)
        {
            var operative = int.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (new BlockLabel($"{operative}.", operative, 0, 0), Strip(block.Content, first, match.Length));
        }

        return (BlockLabel.None, block.Content);
    }

    private static ImmutableArray<Inline> Strip(ImmutableArray<Inline> content, TextRun first, int length)
    {
        var rest = first.Text[length..];
        var span = SourceSpan.FromBounds(Math.Min(first.Span.Start + length, first.Span.End), first.Span.End);
        return rest.Length == 0 ? content.RemoveAt(0) : content.SetItem(0, new TextRun(rest, span));
    }

    // "(a) ", "(iii) ", "(十三) ", "（二）": a label of at most six characters in ASCII or full-width parentheses.
    [GeneratedRegex(@"^\s*[(（](?<value>[a-z]{1,3}|[ivxlc]{1,8}|[一二三四五六七八九十]{1,3})[)）]\s*")]
    private static partial Regex ParenthesisedLabel();

    // "12. " at the start of a paragraph that Markdown did not read as a list item.
    [GeneratedRegex(@"^\s*(?<value>[1-9][0-9]{0,2})\.\s+")]
    private static partial Regex NumberedLabel();
}

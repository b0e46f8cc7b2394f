using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Recognises the numbering label at the start of a block and strips it from the content (DESIGN.md, "Input":
/// numbered operative paragraphs <c>1.</c> (<c>1 -</c> in Arabic), sub-paragraphs <c>(a)</c>, <c>a)</c>, <c>б)</c>,
/// <c>(أ)</c>, second-degree sub-paragraphs <c>(一)</c> in Chinese, <c>(i)</c> or <c>i)</c> in the Latin and
/// Cyrillic scripts, <c>’1‘</c> in Arabic). The letters and numerals are the language's (<see cref="LanguageConventions"/>).
/// Escaped parentheses arrive unescaped; full-width ones count too.
/// </summary>
internal static partial class LabelRecognizer
{
    public static (BlockLabel Label, ImmutableArray<Inline> Content) Recognize(SourceBlock block, LanguageConventions conventions)
    {
        if (block.ListNumber is { } number)
        {
            return (new BlockLabel($"{number}.", number, 0, 0), block.Content);
        }

        if (block.Content.IsEmpty || block.Content[0] is not TextRun first || !MayOpenWithLabel(first.Text))
        {
            return (BlockLabel.None, block.Content);
        }

        var match = LetterOrNumeralLabel().Match(first.Text);
        if (match.Success)
        {
            var value = match.Groups["value"].Value;
            // Parenthesised labels are kept in ASCII parentheses, whichever the source used.
            var text = match.Value.TrimStart()[0] is '(' or '（' ? $"({value})" : $"{value})";
            var label = new BlockLabel(text, 0, conventions.LetterOrdinal(value), ItemOrdinal(value, conventions));
            if (!label.IsNone)
            {
                return (label, Strip(block.Content, first, match.Length));
            }
        }

        match = conventions.ItemNumerals == ItemNumerals.QuotedDigits ? QuotedDigitsLabel().Match(first.Text) : Match.Empty;
        if (match.Success)
        {
            var item = DigitsValue(match.Groups["value"].Value);
            return (new BlockLabel(match.Value.Trim(), 0, 0, item), Strip(block.Content, first, match.Length));
        }

        match = NumberedLabel().Match(first.Text);
        if (match.Success)
        {
            var value = match.Groups["value"].Value;
            var text = match.Value.TrimEnd().EndsWith('.') ? $"{value}." : $"{value} -";
            return (new BlockLabel(text, DigitsValue(value), 0, 0), Strip(block.Content, first, match.Length));
        }

        match = NumberedLabelWithoutSpace().Match(first.Text);
        if (match.Success)
        {
            var operative = int.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (new BlockLabel($"{operative}.", operative, 0, 0, WithoutSpace: true), Strip(block.Content, first, match.Length));
        }

        return (BlockLabel.None, block.Content);
    }

    /// <summary>
    /// Whether the text may open with a label at all: one opens with a parenthesis, a quotation mark or a digit, or has a
    /// closing parenthesis within its first five characters. Most blocks open with a word, and no pattern is tried on them.
    /// </summary>
    private static bool MayOpenWithLabel(string text)
    {
        var start = text.AsSpan().TrimStart();
        return !start.IsEmpty
            && (start[0] is '(' or '（' or '‘' or '’' or '\'' || char.IsDigit(start[0]) || start[..Math.Min(start.Length, 5)].Contains(')'));
    }

    private static int ItemOrdinal(string value, LanguageConventions conventions) => conventions.ItemNumerals switch
    {
        ItemNumerals.Chinese => Ordinals.FromChinese(value),
        ItemNumerals.Roman => Ordinals.FromRoman(value) is var roman && value.All(char.IsAsciiLetterLower) ? roman : 0,
        _ => 0,
    };

    /// <summary>The value of a run of decimal digits, ASCII or Arabic-Indic (١٢ is 12).</summary>
    private static int DigitsValue(string digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (int)char.GetNumericValue(digit);
        }

        return value;
    }

    private static ImmutableArray<Inline> Strip(ImmutableArray<Inline> content, TextRun first, int length)
    {
        var rest = first.Text[length..];
        var span = SourceSpan.FromBounds(Math.Min(first.Span.Start + length, first.Span.End), first.Span.End);
        return rest.Length == 0 ? content.RemoveAt(0) : content.SetItem(0, new TextRun(rest, span));
    }

    // A letter or numeral label: "(a) ", "(iii) ", "(十三) ", "（二）", "(أ) ", "(هـ) " in ASCII or full-width
    // parentheses, or with a closing parenthesis only and a space after it, as French, Spanish and Russian
    // texts write them: "a) ", "ii) ", "б) ". At most eight letters; what they are is decided from the language.
    [GeneratedRegex(@"^\s*(?:[(（](?<value>\p{L}{1,8})[)）]\s*|(?<value>\p{L}{1,4})\)\s+)")]
    private static partial Regex LetterOrNumeralLabel();

    // An Arabic second-degree label: digits between single quotation marks, "’1‘ ", "'2' ".
    [GeneratedRegex(@"^\s*[‘’'](?<value>[0-9\u0660-\u0669]{1,2})[‘’']\s+")]
    private static partial Regex QuotedDigitsLabel();

    // "12. " at the start of a paragraph that Markdown did not read as a list item, or "12 - " as Arabic texts
    // number operative paragraphs; digits ASCII or Arabic-Indic.
    [GeneratedRegex(@"^\s*(?<value>[1-9][0-9]{0,2}|[\u0661-\u0669][\u0660-\u0669]{0,2})(?:[.．]|\s?[-–])\s+")]
    private static partial Regex NumberedLabel();

    // "1.决定", "1.Decides": a number the conversion ran into the paragraph's first word (a letter must follow).
    [GeneratedRegex(@"^\s*(?<value>[1-9][0-9]{0,2})[.．](?=\p{L})")]
    private static partial Regex NumberedLabelWithoutSpace();
}

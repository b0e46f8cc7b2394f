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

        // Each pattern gives only where its label ends; the parts are read from the label's text, so no groups are made.
        var text = first.Text.AsSpan();
        if (Length(LetterOrNumeralLabel(), text) is var length and > 0)
        {
            var token = text[..length].TrimStart();
            var parenthesised = token[0] is '(' or '（';
            var letters = parenthesised ? token[1..] : token;
            var value = letters[..letters.IndexOfAny(')', '）')].ToString();
            // Parenthesised labels are kept in ASCII parentheses, whichever the source used.
            var label = new BlockLabel(parenthesised ? $"({value})" : $"{value})", 0, conventions.LetterOrdinal(value), ItemOrdinal(value, conventions));
            if (!label.IsNone)
            {
                return (label, Strip(block.Content, first, length));
            }
        }

        length = conventions.ItemNumerals == ItemNumerals.QuotedDigits ? Length(QuotedDigitsLabel(), text) : 0;
        if (length > 0)
        {
            var token = text[..length].Trim();
            return (new BlockLabel(token.ToString(), 0, 0, DigitsValue(token[1..^1])), Strip(block.Content, first, length));
        }

        length = Length(NumberedLabel(), text);
        if (length > 0)
        {
            var token = text[..length].Trim();
            var value = token[..LeadingDigits(token)];
            var label = token.EndsWith('.') ? $"{value}." : $"{value} -";
            return (new BlockLabel(label, DigitsValue(value), 0, 0), Strip(block.Content, first, length));
        }

        length = Length(NumberedLabelWithoutSpace(), text);
        if (length > 0)
        {
            var operative = DigitsValue(text[..length].TrimStart());
            return (new BlockLabel($"{operative}.", operative, 0, 0, WithoutSpace: true), Strip(block.Content, first, length));
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

    /// <summary>The value of the run of decimal digits, ASCII or Arabic-Indic, the text starts with (١٢ is 12).</summary>
    private static int DigitsValue(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var digit in text[..LeadingDigits(text)])
        {
            value = (value * 10) + (int)char.GetNumericValue(digit);
        }

        return value;
    }

    private static int LeadingDigits(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsDigit(text[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>The length of the pattern's match at the start of the text (each is anchored with ^), or 0.</summary>
    private static int Length(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
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

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;

namespace SiteGen.Core.References;

/// <summary>
/// Finds resolution numbers cited in a text (DESIGN.md, "References"): a lead-in (第, "resolution(s)") then one
/// number or a coordinated list of them (第 34/24、40/20 和 46/17 号决议; "resolutions 34/24, 40/20 and 46/17"),
/// the items possibly carrying dates (2022 年 4 月 1 日第 49/22 号; "40/20 of 22 March 2019"). Footnote markers
/// are not in the text it reads. A number that is not in resolution form (第 53 号, 第8段) ends the list.
/// </summary>
internal sealed partial class ResolutionNumberRecognizer(ReferenceTerms terms)
{
    private readonly IssuingBodyRecognizer _bodies = new(terms);

    public IReadOnlyList<ResolutionNumber> Recognize(ReadOnlySpan<char> text)
    {
        List<ResolutionNumber>? numbers = null;
        var position = 0;
        while (FindLeadIn(text, position) is var leadIn && leadIn >= 0)
        {
            position = SkipLeadIn(text, leadIn);
            while (true)
            {
                position = SkipSpaces(text, position);
                var length = MayStartNumber(text, position) ? MatchLength(Number(), text, position) : 0;
                if (length == 0)
                {
                    break;
                }

                (numbers ??= []).Add(ToNumber(text.Slice(position, length), position));
                position = SkipSuffix(text, position + length);
                var next = SkipSeparator(text, position);
                if (next < 0)
                {
                    break;
                }

                // The next item may be dated and repeat the lead-in: 、2022 年 4 月 1 日第 49/22 号.
                next = SkipSpaces(text, next);
                next += MatchLength(terms.DateBeforeNumber, text, next);
                next = SkipSpaces(text, next);
                position = LeadInLength(text, next) > 0 ? SkipLeadIn(text, next) : next;
            }

            position = Math.Max(position, leadIn + 1);
        }

        // Not "?? []", which would make an empty list of the left side's type for every text with none.
        if (numbers is null)
        {
            return [];
        }

        return numbers;
    }

    /// <summary>
    /// The parts of a number <see cref="Number"/> matched, read from its text: its shapes differ by a slash, the
    /// four digits of a year or the د of an Arabic session in the parentheses, so the text alone tells the form.
    /// </summary>
    private static ResolutionNumber ToNumber(ReadOnlySpan<char> token, int start)
    {
        // Symbols are written with ASCII digits, whichever digits the text uses.
        if (token.IndexOf('/') is var slash and >= 0)
        {
            return new ResolutionNumber(start, token.Length, ResolutionNumberForm.Session, DecimalDigits.ToAscii(token[(slash + 1)..]), DecimalDigits.ToAscii(token[..slash]));
        }

        var number = DecimalDigits.ToAscii(token[..LeadingDigits(token)]);
        var open = token.LastIndexOfAny('(', '（');
        var inside = token[(open + 1)..^1].Trim();
        if (inside.Length > 0 && inside[0] == 'د')
        {
            var session = inside[(inside.IndexOf('-') + 1)..].TrimStart();
            return new ResolutionNumber(start, token.Length, ResolutionNumberForm.RomanSession, number, Ordinals.ToRoman(DecimalDigits.Parse(session) ?? 0));
        }

        return char.IsDigit(inside[0])
            ? new ResolutionNumber(start, token.Length, ResolutionNumberForm.Year, number, DecimalDigits.ToAscii(inside))
            : new ResolutionNumber(start, token.Length, ResolutionNumberForm.RomanSession, number, inside.ToString());
    }

    private static int LeadingDigits(ReadOnlySpan<char> token)
    {
        var length = 0;
        while (length < token.Length && char.IsDigit(token[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>The first position from <paramref name="start"/> where a lead-in stands, or -1.</summary>
    /// <remarks>Only the places where a lead-in may stand (in either case) are tried (<see cref="WordSearch"/>).</remarks>
    private int FindLeadIn(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length)
        {
            var candidate = terms.LeadInSearch.IndexIn(text[start..]);
            if (candidate < 0)
            {
                return -1;
            }

            if (LeadInLength(text, start + candidate) > 0)
            {
                return start + candidate;
            }

            start += candidate + 1;
        }

        return -1;
    }

    /// <summary>
    /// After the lead-in, and the body named between it and the number where the language puts it there
    /// ("résolutions du Conseil de sécurité 1373 (2001)", "резолюции Совета Безопасности 1373 (2001)").
    /// </summary>
    private int SkipLeadIn(ReadOnlySpan<char> text, int position)
    {
        position = SkipSpaces(text, position + LeadInLength(text, position));
        foreach (var connector in terms.BodyConnectors)
        {
            if (!text[position..].StartsWith(connector, StringComparison.Ordinal))
            {
                continue;
            }

            var at = SkipSpaces(text, position + connector.Length);
            if (_bodies.NameAt(text, at) is { } name)
            {
                return at + name.Text.Length;
            }
        }

        return position;
    }

    private int LeadInLength(ReadOnlySpan<char> text, int position) => WordLength(text, position, terms.LeadIns, StringComparison.OrdinalIgnoreCase);

    /// <summary>After a number: spaces, the suffix (号) and a date written after it ("of 24 March 2017").</summary>
    private int SkipSuffix(ReadOnlySpan<char> text, int position)
    {
        position += MatchLength(terms.DateAfterNumber, text, position);
        var afterSpaces = SkipSpaces(text, position);
        var suffix = WordLength(text, afterSpaces, terms.NumberSuffixes, StringComparison.Ordinal);
        return suffix > 0 ? afterSpaces + suffix : position;
    }

    /// <summary>The position after a list separator (、 和 以及; ", and"), or -1 when none follows.</summary>
    private int SkipSeparator(ReadOnlySpan<char> text, int position)
    {
        position = SkipSpaces(text, position);
        var length = WordLength(text, position, terms.Separators, StringComparison.Ordinal);
        return length > 0 ? position + length : -1;
    }

    /// <summary>The length of the first of <paramref name="words"/> standing at the position, or 0.</summary>
    private int WordLength(ReadOnlySpan<char> text, int position, ImmutableArray<string> words, StringComparison comparison)
    {
        if (position >= text.Length
            || (terms.WholeWords && position > 0 && char.IsLetter(text[position]) && char.IsLetter(text[position - 1])))
        {
            return 0;
        }

        foreach (var word in words)
        {
            if (!text[position..].StartsWith(word, comparison))
            {
                continue;
            }

            var end = position + word.Length;
            if (terms.WholeWords && char.IsLetter(word[^1]) && end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }

            return word.Length;
        }

        return 0;
    }

    /// <summary>The length of the regex's match anchored at the position (its pattern starts with \G), or 0.</summary>
    private static int MatchLength(Regex? regex, ReadOnlySpan<char> text, int position)
    {
        if (regex is not null)
        {
            // Only the length is wanted: the first match, taken as a value, with no groups made.
            foreach (var match in regex.EnumerateMatches(text, position))
            {
                return match.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether a resolution number can start at the position: every shape of <see cref="Number"/> opens with a digit
    /// (ASCII or Arabic-Indic) or the S of a special session's (E)S-. Most lead-ins (第三委员会, "resolution of")
    /// stand before no number, and the pattern is not tried there.
    /// </summary>
    private static bool MayStartNumber(ReadOnlySpan<char> text, int position) =>
        position < text.Length && text[position] is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or 'E' or 'S';

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    // The shapes of a resolution number, anchored where the scanner stands: session/number (78/218, a special or
    // emergency special session's S-19/1 and ES-10/19, and the Commission on Human Rights' year/number 2005/11);
    // number and year, the Security Council's (2321(2016),
    // "2321 (2016)"); number, optional part letter (Latin, or Cyrillic in Russian) and roman session, the old
    // form (2200 A(XXI)), which Arabic writes with the part as a word and the session in digits after د
    // (دورة, session): 2200 ألف (د-21). Parentheses
    // may be full-width in Chinese text, digits Arabic-Indic in Arabic text (٢٤٤٦ (٢٠١٨), ٧٠/١). Not followed by a
    // letter, digit or slash, so 第 53 号 and 第8段 fail.
    [GeneratedRegex("""
        \G
        (?:
            (?<session>(?:E?S-)?[0-9\u0660-\u0669]{1,4})/(?<number>[0-9\u0660-\u0669]{1,4})
          | (?<number>[0-9\u0660-\u0669]{1,4})\s?[(（](?<year>[0-9\u0660-\u0669]{4})[)）]
          | (?<number>[0-9]{1,4})\s?(?:[A-ZА-Я]\s?)?[(（](?<roman>[IVXLC]{1,7})[)）]
          | (?<number>[0-9\u0660-\u0669]{1,4})\s?(?:\p{IsArabic}{3,4}\s?)?[(（]د\s?-\s?(?<arabicSession>[1-9\u0661-\u0669][0-9\u0660-\u0669]?)[)）]
        )
        (?![A-Za-z0-9\u0660-\u0669/])
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Number();
}

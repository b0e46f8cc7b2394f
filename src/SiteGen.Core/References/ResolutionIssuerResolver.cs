using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// Decides which body issued each resolution number of a unit (DESIGN.md, "References"), in this order:
/// the (year) form is the Security Council's whatever body is named; otherwise, in a language that names the
/// body after the number, the body named right after it or after the list it belongs to ("résolutions 34/24 et
/// 40/20 du Conseil des droits de l’homme"); otherwise the nearest body named before
/// the number in the same clause (back to the previous 。；or the unit start), a bare 理事会 standing for the
/// council named last; otherwise the body an earlier mention tied the number to; otherwise the document's own
/// body (a bare 第 70/1 号决议 in a General Assembly text is the Assembly's). The old roman-session form is the
/// General Assembly's unless the Economic and Social Council is named. Null when nothing tells.
/// </summary>
internal sealed class ResolutionIssuerResolver(ReferenceTerms terms)
{
    private readonly IssuingBodyRecognizer _bodies = new(terms);

    public IReadOnlyList<IssuingBody?> Resolve(ReadOnlySpan<char> text, IReadOnlyList<ResolutionNumber> numbers, ReferenceContext context)
    {
        if (numbers.Count == 0)
        {
            // The mentions are still read: the council named last carries over to the next units.
            NoteCouncils(_bodies.Recognize(text), context);
            return [];
        }

        var mentions = ResolveAnaphors(_bodies.Recognize(text), context);

        var clauseStarts = ClauseStarts(text);
        var issuers = new List<IssuingBody?>(numbers.Count);
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            var (named, unknownCouncil) = FollowingBody(text, i, numbers, mentions) is { } following
                ? (following, false)
                : NearestInClause(ClauseStart(clauseStarts, number.Start), number, mentions);
            var issuer = number.Form == ResolutionNumberForm.Year ? IssuingBody.SecurityCouncil
                : named ?? (unknownCouncil ? TiedCouncil(number, context) : Tied(number, context) ?? Default(number, context));
            if (issuer is { } body && (named is not null || number.Form == ResolutionNumberForm.Year))
            {
                context.TiedNumbers[number.Key] = body;
            }

            issuers.Add(issuer);
        }

        return issuers;
    }

    /// <summary>Keeps the council named last, for a bare council in the units that follow.</summary>
    private static void NoteCouncils(IReadOnlyList<BodyMention> mentions, ReferenceContext context)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            NoteCouncil(mentions[i], context);
        }
    }

    /// <summary>A mention that names a council makes it the council named last.</summary>
    private static void NoteCouncil(BodyMention mention, ReferenceContext context)
    {
        if (mention.Body is { } named && ReferenceContext.IsCouncil(named))
        {
            context.LastCouncil = named;
        }
    }

    /// <summary>Each mention with the body it stands for; a bare council is the council named last before it.</summary>
    private static IReadOnlyList<(BodyMention Mention, IssuingBody? Body)> ResolveAnaphors(IReadOnlyList<BodyMention> mentions, ReferenceContext context)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        var resolved = new List<(BodyMention, IssuingBody?)>(mentions.Count);
        foreach (var mention in mentions)
        {
            var body = mention.Body ?? context.LastCouncil;
            NoteCouncil(mention, context);
            resolved.Add((mention, body));
        }

        return resolved;
    }

    /// <summary>
    /// The body named nearest before the number in its clause that issues numbers of its form; or, when the
    /// nearest name is a bare council and no council was named before it, that the issuer is an unknown council.
    /// </summary>
    private static (IssuingBody? Body, bool UnknownCouncil) NearestInClause(int clauseStart, ResolutionNumber number, IReadOnlyList<(BodyMention Mention, IssuingBody? Body)> mentions)
    {
        // The mentions are in text order: start from the last one that ends before the number.
        var low = 0;
        var high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (mentions[middle].Mention.End <= number.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low - 1; i >= 0; i--)
        {
            var (mention, body) = mentions[i];
            if (mention.Start < clauseStart)
            {
                break;
            }

            if (body is null)
            {
                return (null, true);
            }

            if (ResolutionSymbols.Issues(body.Value, number.Form))
            {
                return (body, false);
            }
        }

        return (null, false);
    }

    /// <summary>
    /// The body named right after a number, or after the last number of the list it opens, with only a date and
    /// one of the language's connecting words between ("du", "de la", none in Russian); null when none is.
    /// </summary>
    private IssuingBody? FollowingBody(ReadOnlySpan<char> text, int index, IReadOnlyList<ResolutionNumber> numbers, IReadOnlyList<(BodyMention Mention, IssuingBody? Body)> mentions)
    {
        if (terms.BodyConnectors.IsEmpty || mentions.Count == 0)
        {
            return null;
        }

        for (var i = index; i < numbers.Count; i++)
        {
            var end = numbers[i].End;
            if (terms.DateAfterNumber is { } dateAfter)
            {
                // Only the date's length is wanted: the first match, taken as a value (the pattern starts with \G).
                foreach (var date in dateAfter.EnumerateMatches(text, end))
                {
                    end += date.Length;
                    break;
                }
            }

            end = SkipSpaces(text, end);
            foreach (var connector in terms.BodyConnectors)
            {
                if (!text[end..].StartsWith(connector, StringComparison.Ordinal))
                {
                    continue;
                }

                var at = SkipSpaces(text, end + connector.Length);
                foreach (var (mention, body) in mentions)
                {
                    if (mention.Start == at && body is { } named && ResolutionSymbols.Issues(named, numbers[index].Form))
                    {
                        return named;
                    }
                }
            }

            // The list goes on only if a separator alone stands before the next number.
            if (i + 1 == numbers.Count || !IsSeparator(text[end..numbers[i + 1].Start].Trim()))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsSeparator(ReadOnlySpan<char> text)
    {
        foreach (var separator in terms.Separators)
        {
            if (text.SequenceEqual(separator))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static IssuingBody? Tied(ResolutionNumber number, ReferenceContext context) =>
        context.TiedNumbers.TryGetValue(number.Key, out var body) ? body : null;

    private static IssuingBody? TiedCouncil(ResolutionNumber number, ReferenceContext context) =>
        Tied(number, context) is { } body && ReferenceContext.IsCouncil(body) ? body : null;

    private static IssuingBody? Default(ResolutionNumber number, ReferenceContext context) =>
        ResolutionSymbols.Issues(context.DocumentBody, number.Form) ? context.DocumentBody
        : number.Form == ResolutionNumberForm.RomanSession ? IssuingBody.GeneralAssembly
        : null;

    /// <summary>Where each clause starts: the text start, and after every 。or ；("." or ";" and a space).</summary>
    private List<int> ClauseStarts(ReadOnlySpan<char> text)
    {
        var starts = new List<int> { 0 };
        var position = 0;
        while (text[position..].IndexOfAny(terms.ClauseEndMarks) is var found && found >= 0)
        {
            var end = position + found;
            if (!terms.ClauseEndNeedsSpace || (end + 1 < text.Length && char.IsWhiteSpace(text[end + 1])))
            {
                starts.Add(end + 1);
            }

            position = end + 1;
        }

        return starts;
    }

    /// <summary>The start of the clause holding a position: the last clause start at or before it.</summary>
    private static int ClauseStart(List<int> starts, int position)
    {
        var index = starts.BinarySearch(position);
        return index >= 0 ? starts[index] : starts[~index - 1];
    }
}

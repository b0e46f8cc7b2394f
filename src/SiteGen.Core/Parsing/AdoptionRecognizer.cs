using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Recognises a resolution's adoption block (DESIGN.md, "Input": adoption lines with meeting, date and vote) and
/// reads what it says. It opens with a meeting ("52nd plenary meeting", "第3446次会议一致通过"), with an adoption
/// phrase naming a meeting ("Adopted by the Security Council at its 8406th meeting, on …"), or with a date followed
/// by a meeting ("2018年11月15日安全理事会第8401次会议通过"); a date line and a bracketed line ("[Adopted without a
/// vote.]", with the vote's lists up to the closing bracket) continue it. Arabic names the meeting before its number
/// ("الجلسة العامة 52", "الذي اتخذه مجلس الأمن في جلسته 8401") and may write its digits Arabic-Indic; its vowel
/// marks (اتُّخذ) are not part of the words compared.
/// </summary>
internal sealed partial class AdoptionRecognizer(LanguageConventions conventions)
{
    /// <summary>Whether a block opens an adoption block.</summary>
    public bool IsOpening(string text)
    {
        // A paragraph of the body is most of what is asked about: its length, or its having no meeting word, says no.
        var length = text.AsSpan().Trim().Length;
        if (length == 0 || length > 400 || (conventions.MeetingWordsBeforeNumber.IsEmpty && conventions.PlenaryMeetingWordsBeforeNumber.IsEmpty && !text.AsSpan().ContainsAny(conventions.MeetingWordSearch)))
        {
            return false;
        }

        var trimmed = WithoutVowelMarks(text.Trim());
        if (trimmed.Length > 400 || FindMeeting(trimmed) is not { } meeting)
        {
            return false;
        }

        if (meeting.Start == 0)
        {
            return true;
        }

        if (conventions.AdoptionOpenings.Any(opening => trimmed.StartsWith(opening, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var date = DateRecognizer.Find(trimmed, conventions) is not null ? ChineseDateAtStart().Match(trimmed) : null;
        return date is { Success: true };
    }

    /// <summary>Whether a block continues an adoption block whose text so far is given.</summary>
    public bool Continues(string text, string soFar)
    {
        var trimmed = text.Trim();
        if (soFar.LastIndexOfAny(['[', '［']) > soFar.LastIndexOfAny([']', '］']))
        {
            return true;
        }

        return trimmed.StartsWith('[') || trimmed.StartsWith('［') || DateRecognizer.IsDateLine(trimmed, conventions) || IsOpening(trimmed);
    }

    /// <summary>The adoption block made of these blocks; a date the lines do not give is taken from the preface.</summary>
    public Adoption Build(IReadOnlyList<SourceBlock> blocks, AdoptionPlace place, DateOnly? prefaceDate)
    {
        var content = ImmutableArray.CreateBuilder<Inline>();
        foreach (var block in blocks)
        {
            var lines = InlineBuilder.Trim(block.Content);
            if (content.Count > 0 && lines.Length > 0)
            {
                // Lines of the block are shown as one line, each part kept apart by a space.
                content.Add(new TextRun(" ", SourceSpan.FromBounds(block.Span.Start, block.Span.Start)));
            }

            content.AddRange(lines);
        }

        var inlines = content.ToImmutable();
        var text = WithoutVowelMarks(InlineText.Plain(inlines));
        var meeting = FindMeeting(text);
        var votes = FindVotes(text);
        var method = Contains(text, conventions.RecordedVotePhrases) ? AdoptionMethod.RecordedVote
            : Contains(text, conventions.WithoutVotePhrases) ? AdoptionMethod.WithoutVote
            : Contains(text, conventions.UnanimousPhrases) ? AdoptionMethod.Unanimously
            : votes is not null ? AdoptionMethod.Vote
            : AdoptionMethod.Unknown;
        return new Adoption(
            inlines,
            [.. blocks.Select(block => block.Span)],
            place,
            meeting?.Number,
            meeting?.Plenary ?? false,
            DateRecognizer.Find(text, conventions) ?? prefaceDate,
            method,
            votes);
    }

    private static bool Contains(string text, ImmutableArray<string> phrases) =>
        phrases.Any(phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first number that one of the language's meeting words follows or precedes, with where it starts.</summary>
    private (int Number, bool Plenary, int Start)? FindMeeting(string text) => FindNumberAfterWords(text) ?? FindNumberBeforeWords(text);

    /// <summary>The first meeting named before its number ("الجلسة العامة 52"), a plenary word taken over a shorter one at the same place.</summary>
    private (int Number, bool Plenary, int Start)? FindNumberAfterWords(string text)
    {
        (int Number, bool Plenary, int Start)? first = null;
        foreach (var (words, plenary) in new[] { (conventions.PlenaryMeetingWordsBeforeNumber, true), (conventions.MeetingWordsBeforeNumber, false) })
        {
            foreach (var word in words)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    var number = NumberAfterWord().Match(text, at + word.Length);
                    if (number.Success && (first is null || at < first.Value.Start) && DecimalDigits.Parse(number.Groups["number"].ValueSpan) is { } value)
                    {
                        first = (value, plenary, at);
                        break;
                    }
                }
            }
        }

        return first;
    }

    /// <summary>The first meeting named after its number ("52nd plenary meeting", "第3446次会议").</summary>
    private (int Number, bool Plenary, int Start)? FindNumberBeforeWords(string text)
    {
        // Most blocks hold no meeting word at all, and a number is looked for only before one.
        if (!text.AsSpan().ContainsAny(conventions.MeetingWordSearch))
        {
            return null;
        }

        for (var match = MeetingNumber().Match(text); match.Success; match = match.NextMatch())
        {
            var after = text.AsSpan(match.Index + match.Length);
            for (var i = 0; i < conventions.MeetingWords.Length; i++)
            {
                if (after.StartsWith(conventions.MeetingWords[i], StringComparison.OrdinalIgnoreCase)
                    && ChineseNumber.Parse(match.Groups["number"].ValueSpan) is { } number)
                {
                    // The plenary meeting's word comes first in the table.
                    return (number, i == 0 && conventions.MeetingWords.Length > 1, match.Index);
                }
            }
        }

        return null;
    }

    private static VoteCount? FindVotes(string text)
    {
        var match = ChineseVotes().Match(text);
        if (!match.Success)
        {
            match = EnglishVotes().Match(text);
        }

        if (!match.Success)
        {
            match = ArabicVotes().Match(text);
        }

        if (!match.Success || Count(match.Groups["for"].Value) is not { } inFavour || Count(match.Groups["against"].Value) is not { } against)
        {
            return null;
        }

        return new VoteCount(inFavour, against, match.Groups["abstentions"].Success ? Count(match.Groups["abstentions"].Value) : null);
    }

    private static int? Count(string text) => text.ToLowerInvariant() switch
    {
        "none" or "no" or "لا شيء" => 0,
        "one" or "صوت واحد" or "عضو واحد" => 1,
        "عضوين" => 2,
        _ => ChineseNumber.Parse(text),
    };

    /// <summary>The text without Arabic vowel and other marks (U+064B–U+065F, U+0670), which UN texts set on some words only.</summary>
    private static string WithoutVowelMarks(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u064B', '\u0670'))
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ((>= '\u064B' and <= '\u065F') or '\u0670'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // A meeting's number: "52nd ", "1967th ", "第3446", "第一八二一"; the meeting's word must follow.
    [GeneratedRegex(@"(?:第\s*)?(?<number>[0-9０-９〇一二三四五六七八九十百千零]{1,6})(?:st|nd|rd|th|e|ᵉ|-?[ейя])?\s*")]
    private static partial Regex MeetingNumber();

    // The number after a meeting's words where Arabic sets them first: " 52", " 8401،", ASCII or Arabic-Indic digits.
    [GeneratedRegex(@"\G\s*(?<number>[0-9\u0660-\u0669\u06F0-\u06F9]{1,6})(?![0-9\u0660-\u0669\u06F0-\u06F9])")]
    private static partial Regex NumberAfterWord();

    // A date at the very start of a Chinese adoption line: "2018年11月15日安全理事会第8401次会议通过".
    [GeneratedRegex(@"^[0-9０-９〇一二三四五六七八九零]{4}\s*年")]
    private static partial Regex ChineseDateAtStart();

    // "以十三票对零票", "以30票赞成、1票反对、16票弃权": votes in favour, against and abstaining.
    [GeneratedRegex(@"(?<for>[0-9０-９〇一二三四五六七八九十百零]+)\s*票\s*(?:赞成)?\s*[对、，,]?\s*(?<against>[0-9０-９〇一二三四五六七八九十百零]+)\s*票\s*(?:反对)?(?:\s*[、，,]\s*(?<abstentions>[0-9０-９〇一二三四五六七八九十百零]+)\s*票\s*弃权)?")]
    private static partial Regex ChineseVotes();

    // "by a recorded vote of 30 to 1, with 16 abstentions", "by 13 votes to none".
    [GeneratedRegex(@"\b(?<for>[0-9]+|none|no)\s+(?:votes?\s+)?to\s+(?<against>[0-9]+|none|no)\b(?:\s*(?:votes?)?,?\s*with\s+(?<abstentions>[0-9]+|no|none|one)\s+abstentions?)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishVotes();

    // "بأغلبية 13 صوتا مقابل لا شيء، وامتناع عضوين عن التصويت", "بأغلبية 28 صوتاً مقابل 6 أصوات، وامتناع 13 عضواً عن
    // التصويت" (without vowel marks): votes in favour, against and abstaining, digits ASCII or Arabic-Indic.
    [GeneratedRegex(@"(?<for>[0-9\u0660-\u0669]+)\s+(?:صوتا|صوت|أصوات)\s+مقابل\s+(?<against>[0-9\u0660-\u0669]+|لا شيء|صوت واحد)(?:\s+(?:صوتا|صوت|أصوات))?(?:\s*[،,]?\s*(?:و|مع\s+)?امتناع\s+(?<abstentions>[0-9\u0660-\u0669]+|عضو واحد|عضوين)(?:\s+(?:عضوا|أعضاء|عضو))?\s+عن\s+التصويت)?")]
    private static partial Regex ArabicVotes();
}

using System.Globalization;
using System.Text;

namespace SiteGen.Core.Searching;

/// <summary>
/// The terms of a text, as the search index records them and the search page looks them up (the page's script,
/// <c>assets/search.js</c>, applies the same rules, and the tests hold the two to the same results). Han, kana and
/// Hangul are written without spaces between words: each run of them gives its overlapping pairs of characters, and
/// its last character alone; a query of one character finds it as that character alone and as the first of every pair
/// (the pairs and the character share a shard of the index), so every character is found without being indexed alone
/// wherever it starts a pair. Any other run of letters, digits and marks
/// is a word, folded: lower case, without its combining marks (Arabic vowel signs, accents written apart), and each
/// Latin letter with a mark written as one character (U+00C0–U+017F) as its letter, so that "securite" finds
/// "sécurité". The build runs without the system's Unicode library (invariant globalization), so that last folding
/// is a table (<see cref="LatinLetters"/>), the same in the page's script. Everything else (spaces, punctuation,
/// symbols) separates terms.
/// </summary>
public static class SearchTerms
{
    /// <summary>Receives one term; the span is valid only during the call.</summary>
    public delegate void TermFound(ReadOnlySpan<char> term);

    // The blocks of the scripts written without spaces (Hangul Jamo, kana, CJK ideographs and their extensions and
    // compatibility forms, Hangul syllables, half-width kana and Hangul); the script's list holds the same ranges.
    private static readonly (int First, int Last)[] UnspacedBlocks =
    [
        (0x1100, 0x11FF), (0x3005, 0x3007), (0x3040, 0x30FF), (0x3130, 0x318F), (0x31F0, 0x31FF), (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFF66, 0xFFDC), (0x20000, 0x323AF),
    ];

    // The block of the common CJK ideographs, all of them letters.
    private const char CommonFirst = '\u4E00';

    private const char CommonLast = '\u9FFF';

    // The first character of the table of Latin letters with marks: À.
    private const int LatinFirst = 0xC0;

    /// <summary>
    /// From À (U+00C0) to ſ (U+017F), each character's letter when its canonical decomposition is an ASCII letter and
    /// marks (é → e, ñ → n, Ł stays), in lower case; the page's script holds the same string.
    /// </summary>
    internal const string LatinLetters = "aaaaaaÆceeeeiiiiÐnooooo×ØuuuuyÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyaaaaaaccccccccddĐđeeeeeeeeeegggggggghhĦħiiiiiiiiiıĲĳjjkkĸllllllĿŀŁłnnnnnnŉŊŋooooooŒœrrrrrrssssssssttttŦŧuuuuuuuuuuuuwwyyyzzzzzzſ";

    /// <summary>Every term of a text the index records for it, in the order found (a term may come more than once).</summary>
    public static void ForIndex(ReadOnlySpan<char> text, TermFound found)
    {
        var sink = new Strings(found);
        Scan(text, ref sink, query: false);
    }

    /// <summary>The terms a query looks up: its words and, for a run of Han, kana or Hangul, its pairs of characters (its one character when alone).</summary>
    public static IReadOnlyList<string> ForQuery(string query)
    {
        var terms = new List<string>();
        var sink = new Strings(term =>
        {
            var text = term.ToString();
            if (!terms.Contains(text, StringComparer.Ordinal))
            {
                terms.Add(text);
            }
        });
        Scan(query, ref sink, query: true);
        return terms;
    }

    /// <summary>Whether a character is of a script written without spaces, whose text is indexed by pairs of characters.</summary>
    public static bool IsUnspaced(int codePoint)
    {
        if (codePoint < 0x1100)
        {
            return false;
        }

        // The common ideographs, all assigned: most of a Chinese text.
        if (codePoint is >= CommonFirst and <= CommonLast)
        {
            return true;
        }

        foreach (var (first, last) in UnspacedBlocks)
        {
            if (codePoint < first)
            {
                return false;
            }

            if (codePoint <= last)
            {
                return IsLetterOrDigit(CharUnicodeInfo.GetUnicodeCategory(codePoint));
            }
        }

        return false;
    }

    /// <summary>Gives each term of a text to the sink: the index's terms, or a query's (<paramref name="query"/>).</summary>
    internal static void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink, bool query)
        where TSink : struct, ISearchTermSink
    {
        var previous = 0;
        var run = 0;
        var wordStart = -1;
        var position = 0;
        // Each character is read and classed once: the one after the current character is read ahead, to know
        // whether the current one ends a run of Han, kana or Hangul.
        var (codePoint, length, unspaced) = text.IsEmpty ? (0, 0, false) : Classed(text, 0);
        while (position < text.Length)
        {
            var next = position + length;
            var (nextCodePoint, nextLength, nextUnspaced) = next < text.Length ? Classed(text, next) : (0, 0, false);
            if (unspaced)
            {
                if (wordStart >= 0)
                {
                    EndWord(text, ref wordStart, position, ref sink);
                }

                if (!query && !nextUnspaced)
                {
                    // Elsewhere the character stands first in the pair it starts.
                    sink.Unspaced(codePoint, 0);
                }

                if (run > 0)
                {
                    sink.Unspaced(previous, codePoint);
                }
                else if (query && !nextUnspaced)
                {
                    // A query's character alone is looked up as itself and as the first of every pair.
                    sink.Unspaced(codePoint, 0);
                }

                previous = codePoint;
                run++;
            }
            else
            {
                run = 0;
                if (IsWordCharacter(codePoint))
                {
                    wordStart = wordStart < 0 ? position : wordStart;
                }
                else if (wordStart >= 0)
                {
                    EndWord(text, ref wordStart, position, ref sink);
                }
            }

            position = next;
            (codePoint, length, unspaced) = (nextCodePoint, nextLength, nextUnspaced);
        }

        if (wordStart >= 0)
        {
            EndWord(text, ref wordStart, position, ref sink);
        }
    }

    // The character at a position and whether it is of a script written without spaces; the common ideographs, most
    // of a Chinese text, are told at once.
    private static (int CodePoint, int Length, bool Unspaced) Classed(ReadOnlySpan<char> text, int position)
    {
        var character = text[position];
        if (character is >= CommonFirst and <= CommonLast)
        {
            return (character, 1, true);
        }

        var (codePoint, length) = At(text, position);
        return (codePoint, length, IsUnspaced(codePoint));
    }

    // The character at a position; a surrogate without its pair stands for U+FFFD, which separates terms.
    private static (int CodePoint, int Length) At(ReadOnlySpan<char> text, int position)
    {
        var character = text[position];
        if (!char.IsSurrogate(character))
        {
            return (character, 1);
        }

        Rune.DecodeFromUtf16(text[position..], out var rune, out var length);
        return (rune.Value, length);
    }

    private static bool IsWordCharacter(int codePoint) =>
        codePoint < 0x80 ? char.IsAsciiLetterOrDigit((char)codePoint) : IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(codePoint));

    // The word that starts at wordStart (not -1) ends at end.
    private static void EndWord<TSink>(ReadOnlySpan<char> text, ref int wordStart, int end, ref TSink sink)
        where TSink : struct, ISearchTermSink
    {
        var word = text[wordStart..end];
        wordStart = -1;
        if (!Ascii.IsValid(word))
        {
            var folded = FoldWord(word.ToString());
            if (folded.Length > 0)
            {
                sink.Word(folded);
            }

            return;
        }

        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        Ascii.ToLower(word, lower, out _);
        sink.Word(lower);
    }

    /// <summary>The text of a character of Han, kana or Hangul, or of a pair of them.</summary>
    public static string Unspaced(int first, int second) =>
        second == 0 ? char.ConvertFromUtf32(first) : char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second);

    private readonly struct Strings(TermFound found) : ISearchTermSink
    {
        public void Word(ReadOnlySpan<char> word) => found(word);

        public void Unspaced(int first, int second) => found(SearchTerms.Unspaced(first, second));
    }

    /// <summary>A word beyond ASCII: each character in lower case, its combining marks (vowel signs, accents) left out, a Latin letter with a mark as its letter.</summary>
    private static string FoldWord(string word)
    {
        var kept = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if ((uint)(lower.Value - LatinFirst) < (uint)LatinLetters.Length)
            {
                kept.Append(LatinLetters[lower.Value - LatinFirst]);
            }
            else
            {
                kept.Append(lower.ToString());
            }
        }

        return kept.ToString();
    }

    private static bool IsLetterOrDigit(UnicodeCategory category) => category <= UnicodeCategory.OtherLetter || category is >= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber;

    private static bool IsWordCategory(UnicodeCategory category) => category <= UnicodeCategory.EnclosingMark || category is >= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber;
}

using System.Runtime.InteropServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// How often each term stands in one document's title and units: words by their text, characters and pairs of Han,
/// kana and Hangul by their code points (the first shifted over the second, 0 for none), which are counted without
/// making a string of each.
/// </summary>
internal sealed class TermCounts
{
    /// <summary>Bits of a key that hold the second character of a pair: every code point fits in 21.</summary>
    public const int SecondBits = 21;

    public const long SecondMask = (1L << SecondBits) - 1;

    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, int> Unspaced { get; } = new();

    public static TermCounts Of(SearchRecord record)
    {
        var counts = new TermCounts();
        var sink = new Sink(counts.Words.GetAlternateLookup<ReadOnlySpan<char>>(), counts.Unspaced);
        SearchTerms.Scan(record.Title, ref sink, query: false);
        foreach (var unit in record.Units)
        {
            SearchTerms.Scan(unit.Text, ref sink, query: false);
        }

        return counts;
    }

    private readonly struct Sink(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words, Dictionary<long, int> unspaced) : ISearchTermSink
    {
        public void Word(ReadOnlySpan<char> word) => CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _)++;

        public void Unspaced(int first, int second) => CollectionsMarshal.GetValueRefOrAddDefault(unspaced, ((long)first << SecondBits) | (uint)second, out _)++;
    }
}

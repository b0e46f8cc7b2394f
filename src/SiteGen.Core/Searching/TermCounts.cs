using System.Runtime.InteropServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// How often each term stands in one document's title and units: words by their text, characters and pairs of Han,
/// kana and Hangul by their code points (the first shifted over the second, 0 for none), which are counted without
/// making a string of each. Single characters of the common ideographs, most of a Chinese text, are counted in a
/// table by code point rather than looked up. Each thread counts into its own counts, cleared for each document
/// and kept at the size the largest document needed.
/// </summary>
internal sealed class TermCounts
{
    /// <summary>Bits of a key that hold the second character of a pair: every code point fits in 21.</summary>
    private const int SecondBits = 21;

    private const long SecondMask = (1L << SecondBits) - 1;

    private const int CommonFirst = 0x4E00;

    private const int CommonLast = 0x9FFF;

    [ThreadStatic]
    private static TermCounts? t_counts;

    private readonly int[] _common = new int[CommonLast - CommonFirst + 1];

    private readonly List<int> _commonFound = [];

    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Pairs, and characters other than the common ideographs, by key.</summary>
    public Dictionary<long, int> Unspaced { get; } = new();

    /// <summary>The common ideographs found alone, in the order found, with their counts, by their key in <see cref="Unspaced"/>.</summary>
    public IEnumerable<(long Key, int Count)> CommonCharacters => _commonFound.Select(character => (Key(character, 0), _common[character - CommonFirst]));

    /// <summary>The key of a character (<paramref name="second"/> 0) or pair of Han, kana or Hangul: the first code point shifted over the second.</summary>
    public static long Key(int first, int second) => ((long)first << SecondBits) | (uint)second;

    /// <summary>The character or pair a key stands for.</summary>
    public static string Term(long key) => SearchTerms.Unspaced((int)(key >> SecondBits), (int)(key & SecondMask));

    /// <summary>The counts of a record's terms, valid on this thread until its next call.</summary>
    public static TermCounts Of(SearchRecord record)
    {
        var counts = t_counts ??= new TermCounts();
        counts.Clear();
        var sink = new Sink(counts, counts.Words.GetAlternateLookup<ReadOnlySpan<char>>());
        SearchTerms.Scan(record.Title, ref sink, query: false);
        foreach (var unit in record.Texts)
        {
            SearchTerms.Scan(unit, ref sink, query: false);
        }

        return counts;
    }

    private void Clear()
    {
        foreach (var character in _commonFound)
        {
            _common[character - CommonFirst] = 0;
        }

        _commonFound.Clear();
        Words.Clear();
        Unspaced.Clear();
    }

    private readonly struct Sink(TermCounts counts, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words) : ISearchTermSink
    {
        public void Word(ReadOnlySpan<char> word) => CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _)++;

        public void Unspaced(int first, int second)
        {
            if (second == 0 && first is >= CommonFirst and <= CommonLast)
            {
                if (counts._common[first - CommonFirst]++ == 0)
                {
                    counts._commonFound.Add(first);
                }

                return;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(counts.Unspaced, Key(first, second), out _)++;
        }
    }
}

using System.Buffers;
using System.Runtime.InteropServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// How often each term stands in one document's title and units. Each thread keeps the number every term it has met
/// has in the build's <see cref="TermVocabulary"/> (asking the vocabulary only for a term new to the thread) and
/// counts a page's terms in a table by that number, so that a term costs one look-up on the thread, and the page's
/// terms come out as numbers with their counts.
/// </summary>
internal sealed class TermCounts
{
    [ThreadStatic]
    private static TermCounts? t_counts;

    private readonly TermVocabulary _vocabulary;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    private readonly UnspacedTermNumbers _unspaced = new();

    // How often each term, by number, stands in the page being counted (0 for the others); grown as numbers are given.
    private int[] _counts = new int[4096];

    // The numbers of the terms of the page being counted, in the order first found.
    private readonly List<int> _found = [];

    private TermCounts(TermVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    /// <summary>The terms of a record and how often each stands there.</summary>
    public static PageTerms Of(SearchRecord record, TermVocabulary vocabulary)
    {
        var counts = t_counts is { } kept && ReferenceEquals(kept._vocabulary, vocabulary) ? kept : t_counts = new TermCounts(vocabulary);
        var sink = new Sink(counts, counts._words.GetAlternateLookup<ReadOnlySpan<char>>());
        SearchTerms.Scan(record.Title, ref sink, query: false);
        foreach (var unit in record.Texts)
        {
            SearchTerms.Scan(unit, ref sink, query: false);
        }

        return counts.Take();
    }

    private void Count(int number)
    {
        if (_counts[number]++ == 0)
        {
            _found.Add(number);
        }
    }

    // A term new to this thread: its number in the vocabulary, with room in the table for it.
    private int Known(int number)
    {
        if (number >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(number + 1, _counts.Length * 2));
        }

        return number;
    }

    // The page's terms, the table left empty for the next page.
    private PageTerms Take()
    {
        var terms = CollectionsMarshal.AsSpan(_found);
        var counts = ArrayPool<int>.Shared.Rent(terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            counts[i] = _counts[terms[i]];
            _counts[terms[i]] = 0;
        }

        var page = new PageTerms(terms, counts.AsSpan(0, terms.Length));
        ArrayPool<int>.Shared.Return(counts);
        _found.Clear();
        return page;
    }

    private readonly struct Sink(TermCounts counts, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words) : ISearchTermSink
    {
        public void Word(ReadOnlySpan<char> word)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(words, word, out var known);
            if (!known)
            {
                number = counts.Known(counts._vocabulary.Word(word));
            }

            counts.Count(number);
        }

        public void Unspaced(int first, int second)
        {
            var key = TermVocabulary.Key(first, second);
            var number = counts._unspaced.Find(key);
            if (number < 0)
            {
                number = counts.Known(counts._vocabulary.Unspaced(key));
                counts._unspaced.Add(key, number);
            }

            counts.Count(number);
        }
    }
}

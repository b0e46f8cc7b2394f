namespace SiteGen.Core.Searching;

/// <summary>
/// The terms of one page, by their numbers in the <see cref="TermVocabulary"/>, and how often each stands there: a
/// byte each (an index holds millions of postings, nearly all of them counts below 255), the few larger counts by term
/// number beside them.
/// </summary>
internal sealed class PageTerms
{
    private readonly byte[] _counts;

    private readonly Dictionary<int, int>? _large;

    public PageTerms(int[] terms, ReadOnlySpan<int> counts)
    {
        Terms = terms;
        _counts = new byte[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            if (counts[i] < byte.MaxValue)
            {
                _counts[i] = (byte)counts[i];
                continue;
            }

            _counts[i] = byte.MaxValue;
            (_large ??= [])[terms[i]] = counts[i];
        }
    }

    /// <summary>The page's terms by number, each once.</summary>
    public int[] Terms { get; }

    /// <summary>How often the term at a position of <see cref="Terms"/> stands in the page.</summary>
    public int Count(int position) => _counts[position] < byte.MaxValue ? _counts[position] : _large![Terms[position]];
}

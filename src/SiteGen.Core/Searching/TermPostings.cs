using System.Runtime.InteropServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// The postings of one language's terms as documents are merged in: for each term, each document that holds it and
/// how often (<see cref="PostingList"/>), in the order the documents came.
/// </summary>
internal sealed class TermPostings
{
    public Dictionary<string, PostingList> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Characters and pairs of Han, kana and Hangul, by their key in <see cref="TermCounts"/>.</summary>
    public Dictionary<long, PostingList> Unspaced { get; } = new();

    public void Add(int document, TermCounts counts)
    {
        foreach (var (word, count) in counts.Words)
        {
            Append(Words, word, document, count);
        }

        foreach (var (pair, count) in counts.Unspaced)
        {
            Append(Unspaced, pair, document, count);
        }

        foreach (var (character, count) in counts.CommonCharacters)
        {
            Append(Unspaced, character, document, count);
        }
    }

    /// <summary>One posting of a term as the index writes it (a page kept from the last build, read from its index).</summary>
    public void Add(string term, int document, int count)
    {
        System.Text.Rune.DecodeFromUtf16(term, out var first, out var length);
        if (SearchTerms.IsUnspaced(first.Value))
        {
            var second = term.Length > length ? char.ConvertToUtf32(term, length) : 0;
            Append(Unspaced, TermCounts.Key(first.Value, second), document, count);
        }
        else
        {
            Append(Words, term, document, count);
        }
    }

    private static void Append<TKey>(Dictionary<TKey, PostingList> postings, TKey term, int document, int count)
        where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, term, out _);
        list ??= new PostingList();
        list.Add(document, count);
    }
}

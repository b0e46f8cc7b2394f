using System.Buffers;
using System.Runtime.CompilerServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// The terms of one page, by their numbers in the <see cref="TermVocabulary"/>, and how often each stands there, held
/// from the page's writing until the index is written: for each term the difference of its number from the one
/// before (its sign in the lowest bit) and then its count, in <see cref="SevenBitNumbers"/>. A page's terms, in the
/// order first found, are mostly numbered in rising order and stand a few times each, so a posting takes about two
/// bytes, where a number and a count of their own took five: the build's peak memory with the index stays near the
/// build's without it.
/// </summary>
internal sealed class PageTerms
{
    private readonly byte[] _postings;

    public PageTerms(ReadOnlySpan<int> terms, ReadOnlySpan<int> counts)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(terms.Length * 2 * SevenBitNumbers.Longest);
        var length = 0;
        var previous = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var difference = terms[i] - previous;
            SevenBitNumbers.Write(buffer, ref length, (uint)((difference << 1) ^ (difference >> 31)));
            SevenBitNumbers.Write(buffer, ref length, (uint)counts[i]);
            previous = terms[i];
        }

        _postings = buffer.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>The page's terms with their counts, in the order they were given.</summary>
    public Reader Read() => new(_postings);

    /// <summary>Reads a page's terms one after another.</summary>
    public ref struct Reader(byte[] postings)
    {
        private readonly ReadOnlySpan<byte> _postings = postings;

        private int _at;

        private int _term;

        /// <summary>The next term and its count; false after the last.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Next(out int term, out int count)
        {
            if (_at >= _postings.Length)
            {
                (term, count) = (0, 0);
                return false;
            }

            var difference = SevenBitNumbers.Read(_postings, ref _at);
            _term += (int)(difference >> 1) ^ -(int)(difference & 1);
            term = _term;
            count = (int)SevenBitNumbers.Read(_postings, ref _at);
            return true;
        }
    }
}

using System.Buffers;
using System.Text;

namespace SiteGen.Core.References;

/// <summary>
/// Finds where one of a set of words may stand in a text, for a recogniser that then reads the words there: every
/// place one stands is found, and a few where none does. ASCII words are searched for whole, one vectorised search;
/// for words of other scripts that search is slower than one for their first letters, which is made instead.
/// </summary>
internal sealed class WordSearch
{
    private readonly SearchValues<string>? _words;
    private readonly SearchValues<char>? _firstLetters;

    public WordSearch(IReadOnlyCollection<string> words, StringComparison comparison)
    {
        if (words.All(word => Ascii.IsValid(word)))
        {
            _words = SearchValues.Create([.. words], comparison);
        }
        else
        {
            var letters = words.Select(word => word[0]);
            if (comparison == StringComparison.OrdinalIgnoreCase)
            {
                letters = letters.SelectMany(letter => new[] { char.ToLowerInvariant(letter), char.ToUpperInvariant(letter) });
            }

            _firstLetters = SearchValues.Create(string.Concat(letters.Distinct()));
        }
    }

    /// <summary>The first place in the text where one of the words may stand, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) => _words is not null ? text.IndexOfAny(_words) : text.IndexOfAny(_firstLetters!);
}

namespace SiteGen.Core.Searching;

/// <summary>
/// Every term the build has met, each given a number the first time any thread meets it, so that a page's terms are
/// kept as numbers and the index gathers each term's documents by number rather than by looking the term up again.
/// Words are kept by their text; characters and pairs of Han, kana and Hangul by a key of their code points (the
/// first shifted over the second, 0 for none), which is counted without making a string of each. Safe from several
/// threads.
/// </summary>
internal sealed class TermVocabulary
{
    /// <summary>Bits of a key that hold the second character of a pair: every code point fits in 21.</summary>
    private const int SecondBits = 21;

    private const long SecondMask = (1L << SecondBits) - 1;

    private readonly Lock _adding = new();

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    private readonly Dictionary<long, int> _unspaced = new();

    // Each term by its number: a word's text, or null for a character or pair, whose key is in _keys.
    private readonly List<string?> _texts = [];

    private readonly List<long> _keys = [];

    /// <summary>How many terms have a number.</summary>
    public int Count
    {
        get
        {
            lock (_adding)
            {
                return _texts.Count;
            }
        }
    }

    /// <summary>The key of a character (<paramref name="second"/> 0) or pair of Han, kana or Hangul: the first code point shifted over the second.</summary>
    public static long Key(int first, int second) => ((long)first << SecondBits) | (uint)second;

    /// <summary>The number of a folded word.</summary>
    public int Word(ReadOnlySpan<char> word)
    {
        lock (_adding)
        {
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out var number))
            {
                number = Add(word.ToString(), 0);
                lookup[word] = number;
            }

            return number;
        }
    }

    /// <summary>The number of a character or pair of Han, kana or Hangul, by its <see cref="Key"/>.</summary>
    public int Unspaced(long key)
    {
        lock (_adding)
        {
            if (!_unspaced.TryGetValue(key, out var number))
            {
                number = Add(null, key);
                _unspaced[key] = number;
            }

            return number;
        }
    }

    /// <summary>The number of a term as the index writes it (a character, a pair, or a word).</summary>
    public int Term(string term)
    {
        System.Text.Rune.DecodeFromUtf16(term, out var first, out var length);
        if (!SearchTerms.IsUnspaced(first.Value))
        {
            return Word(term);
        }

        var second = term.Length > length ? char.ConvertToUtf32(term, length) : 0;
        return Unspaced(Key(first.Value, second));
    }

    /// <summary>The text of each term by its number, as the index writes it; call once every term has its number.</summary>
    public string[] Texts()
    {
        lock (_adding)
        {
            var texts = new string[_texts.Count];
            for (var number = 0; number < texts.Length; number++)
            {
                var key = _keys[number];
                texts[number] = _texts[number] ?? SearchTerms.Unspaced((int)(key >> SecondBits), (int)(key & SecondMask));
            }

            return texts;
        }
    }

    private int Add(string? word, long key)
    {
        _texts.Add(word);
        _keys.Add(key);
        return _texts.Count - 1;
    }
}

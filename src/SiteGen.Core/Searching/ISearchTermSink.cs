namespace SiteGen.Core.Searching;

/// <summary>Receives the terms <see cref="SearchTerms"/> finds, as it finds them (a struct, so the calls are inlined).</summary>
internal interface ISearchTermSink
{
    /// <summary>A folded word; the span is valid only during the call.</summary>
    void Word(ReadOnlySpan<char> word);

    /// <summary>A character of Han, kana or Hangul (<paramref name="second"/> 0), or a pair of them.</summary>
    void Unspaced(int first, int second);
}

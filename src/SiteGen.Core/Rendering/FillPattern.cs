namespace SiteGen.Core.Rendering;

/// <summary>
/// A user-interface string with one place for a number or citation (<c>第 {n} 段</c>), split there once so that
/// filling it in is one concatenation: a page fills in several such strings for each of its units.
/// </summary>
internal readonly record struct FillPattern(string Before, string After)
{
    private const string Place = "{n}";

    /// <summary>The pattern of a text with exactly one <c>{n}</c>; null for any other text, which is filled by replacing.</summary>
    public static FillPattern? Of(string text)
    {
        var place = text.IndexOf(Place, StringComparison.Ordinal);
        if (place < 0 || text.IndexOf(Place, place + Place.Length, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return new FillPattern(text[..place], text[(place + Place.Length)..]);
    }

    /// <summary>The text with <paramref name="n"/> in its place, as replacing <c>{n}</c> would give it.</summary>
    public string With(string n) => string.Concat(Before, n, After);
}

namespace SiteGen.Core.References;

/// <summary>
/// A stretch of a unit's flattened text that becomes a link: a UN document symbol or resolution number
/// (<see cref="Target"/> is the canonical symbol) or a web address (<see cref="Target"/> is the absolute URL).
/// </summary>
/// <remarks>A value, as a unit may hold many and each is only read.</remarks>
internal readonly record struct LinkMatch(int Start, int Length, string Target, bool IsWebAddress)
{
    public int End => Start + Length;

    public bool Overlaps(LinkMatch other) => Start < other.End && other.Start < End;

    /// <summary>The index of the first of the links (sorted by start) that starts at or after <paramref name="start"/>.</summary>
    public static int FirstAtOrAfter(IReadOnlyList<LinkMatch> links, int start)
    {
        int low = 0, high = links.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (links[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

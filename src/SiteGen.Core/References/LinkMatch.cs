namespace SiteGen.Core.References;

/// <summary>
/// A stretch of a unit's flattened text that becomes a link: a UN document symbol or resolution number
/// (<see cref="Target"/> is the canonical symbol) or a web address (<see cref="Target"/> is the absolute URL).
/// </summary>
internal sealed record LinkMatch(int Start, int Length, string Target, bool IsWebAddress)
{
    public int End => Start + Length;

    public bool Overlaps(LinkMatch other) => Start < other.End && other.Start < End;
}

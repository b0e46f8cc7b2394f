using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>A body named in a unit's text; <see cref="Body"/> is null for the bare anaphor (理事会, "the Council").</summary>
internal readonly record struct BodyMention(int Start, int Length, IssuingBody? Body)
{
    public int End => Start + Length;
}

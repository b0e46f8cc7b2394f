namespace SiteGen.Core.Diagnostics;

/// <summary>A range of characters in one <see cref="SourceText"/>: start offset and length, both in UTF-16 code units.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    public static readonly SourceSpan None = new(0, 0);
}

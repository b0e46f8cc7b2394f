namespace SiteGen.Core.Rendering.Site;

/// <summary>The part of a document a unit of the parallel view belongs to, in reading order.</summary>
internal enum ParallelPart
{
    Preamble,
    Operative,
    AdoptedText,
    Notes,
}

using SiteGen.Core.References;

namespace SiteGen.Core.Rendering.Site;

/// <summary>One document of the edition with the citations it makes, for the cited-by pages (<see cref="SitePublication.Finish"/>).</summary>
public sealed record CitingDocument(string Symbol, string Language, IReadOnlyList<Citation> Citations);

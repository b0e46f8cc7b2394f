namespace SiteGen.Core.Rendering.Site;

/// <summary>What a document is, as its symbol says: a draft (<c>…/L.34</c>), a resolution (<c>…/RES/…</c>, <c>2758 (XXVI)</c>) or another document.</summary>
internal enum DocumentKind
{
    Resolution,
    Draft,
    Other,
}

namespace SiteGen.Core.References;

/// <summary>
/// One reference of a document to another, as the edition's cited-by lists need it: the cited document's canonical
/// symbol, the citing unit (<c>op3</c>) and the cited paragraph when the reference names one (<c>op8</c>, else "").
/// Small, so that every document's citations can be kept for the whole edition.
/// </summary>
public sealed record Citation(string Symbol, string In, string Paragraph);

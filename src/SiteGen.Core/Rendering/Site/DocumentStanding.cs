namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Where a document stands, for its header and its JSON-LD. A text with an adoption block, a resolution's number or
/// a resolution's symbol is adopted. A draft is only a draft unless its metadata file records what became of it: a
/// Main Committee (<c>A/C.n/…</c>) approves a draft and sends it to the plenary; a body adopts one.
/// </summary>
internal enum DocumentStanding
{
    Draft,
    ApprovedInCommittee,
    AdoptedDraft,
    Adopted,
}

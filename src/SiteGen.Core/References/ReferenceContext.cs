using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// What the resolver remembers while it reads a document in order (DESIGN.md, "References"): the body that
/// issued the document (a bare number with no body named is its own), the council named last (a bare 理事会
/// means it), and the numbers already tied to a body (a later bare mention keeps that body).
/// </summary>
internal sealed class ReferenceContext(IssuingBody documentBody)
{
    public IssuingBody DocumentBody { get; } = documentBody;

    /// <summary>The council named last; at the start, the document's own body when that is a council.</summary>
    public IssuingBody? LastCouncil { get; set; } = IsCouncil(documentBody) ? documentBody : null;

    public Dictionary<string, IssuingBody> TiedNumbers { get; } = new(StringComparer.Ordinal);

    public static bool IsCouncil(IssuingBody body) =>
        body is IssuingBody.SecurityCouncil or IssuingBody.HumanRightsCouncil or IssuingBody.EconomicAndSocialCouncil;
}

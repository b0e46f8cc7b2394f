using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>Tells a document's <see cref="DocumentStanding"/> from its text and its metadata.</summary>
internal static class DocumentStandings
{
    public static DocumentStanding Of(ResolutionDocument document)
    {
        var symbol = document.Metadata.Symbol;
        if (document.Adoption is not null || document.Preface.Number.Length > 0 || symbol.Contains("/RES/", StringComparison.Ordinal))
        {
            return DocumentStanding.Adopted;
        }

        if (document.Metadata.Action is null)
        {
            return DocumentStanding.Draft;
        }

        return IsMainCommittee(symbol) ? DocumentStanding.ApprovedInCommittee : DocumentStanding.AdoptedDraft;
    }

    /// <summary>Whether the body that acts on the document is one of the General Assembly's Main Committees.</summary>
    public static bool IsMainCommittee(string symbol) => symbol.StartsWith("A/C.", StringComparison.Ordinal);

    /// <summary>Whether a body has passed the text: never a draft, nor a draft a committee only approved.</summary>
    public static bool IsPassed(DocumentStanding standing) => standing is DocumentStanding.Adopted or DocumentStanding.AdoptedDraft;
}

using SiteGen.Core.Model;

namespace SiteGen.Core.Importing;

/// <summary>
/// A document read from an official PDF: what its first page says (symbol, issuing body, distribution, date,
/// original language when printed), the language of this version, and its text in the source format.
/// </summary>
public sealed record ImportedDocument(
    string Symbol,
    IssuingBody Body,
    string? Distribution,
    DateOnly? Date,
    string? OriginalLanguage,
    string Language,
    int Pages,
    string Text)
{
    /// <summary>The body as <c>document.yml</c> names it, or null when the symbol's series does not tell.</summary>
    public string? BodyName => Body switch
    {
        IssuingBody.GeneralAssembly => "General Assembly",
        IssuingBody.SecurityCouncil => "Security Council",
        IssuingBody.HumanRightsCouncil => "Human Rights Council",
        IssuingBody.EconomicAndSocialCouncil => "Economic and Social Council",
        _ => null,
    };

    /// <summary>The metadata a build would read from the folder this document is written to.</summary>
    public DocumentMetadata Metadata => new(Symbol, Language, Body, Distribution ?? "", OriginalLanguage ?? "", Date);
}

using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// The canonical symbol of a resolution from its issuing body and number (DESIGN.md, "References"):
/// <c>A/RES/78/218</c>, <c>A/HRC/RES/55/21</c>, <c>S/RES/2321(2016)</c>, <c>A/RES/2200(XXI)</c>,
/// <c>E/CN.4/RES/2005/11</c>. Part letters and spaces are not in the symbol ("2200 A (XXI)" is A/RES/2200(XXI)).
/// </summary>
internal static class ResolutionSymbols
{
    /// <summary>Whether the body issues resolutions numbered in this form.</summary>
    public static bool Issues(IssuingBody body, ResolutionNumberForm form) => form switch
    {
        ResolutionNumberForm.Year => body == IssuingBody.SecurityCouncil,
        ResolutionNumberForm.RomanSession => body is IssuingBody.GeneralAssembly or IssuingBody.EconomicAndSocialCouncil,
        _ => body is IssuingBody.GeneralAssembly or IssuingBody.HumanRightsCouncil
            or IssuingBody.CommissionOnHumanRights or IssuingBody.EconomicAndSocialCouncil,
    };

    public static string For(IssuingBody body, ResolutionNumber number)
    {
        var prefix = body switch
        {
            IssuingBody.GeneralAssembly => "A/RES/",
            IssuingBody.SecurityCouncil => "S/RES/",
            IssuingBody.HumanRightsCouncil => "A/HRC/RES/",
            IssuingBody.CommissionOnHumanRights => "E/CN.4/RES/",
            IssuingBody.EconomicAndSocialCouncil => "E/RES/",
            _ => throw new ArgumentOutOfRangeException(nameof(body), body, "no resolution symbol for this body"),
        };
        return prefix + number.Key;
    }
}

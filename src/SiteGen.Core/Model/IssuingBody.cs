namespace SiteGen.Core.Model;

/// <summary>The UN organ that issued a document or resolution; it decides the resolution symbol's prefix.</summary>
public enum IssuingBody
{
    Unknown,
    GeneralAssembly,
    SecurityCouncil,
    HumanRightsCouncil,
    CommissionOnHumanRights,
    EconomicAndSocialCouncil,
}

namespace SiteGen.Core.Model;

/// <summary>How a resolution was adopted, as its adoption line says; <see cref="Unknown"/> where it does not say.</summary>
public enum AdoptionMethod
{
    Unknown,
    WithoutVote,
    Unanimously,
    Vote,
    RecordedVote,
}

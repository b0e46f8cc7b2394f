namespace SiteGen.Core.References;

/// <summary>How a resolution number is written; the form alone sometimes tells the issuing body.</summary>
internal enum ResolutionNumberForm
{
    /// <summary>Session or year, slash, number: <c>78/218</c>, <c>2005/11</c>.</summary>
    Session,

    /// <summary>Number and year in parentheses, the Security Council's: <c>2321(2016)</c>.</summary>
    Year,

    /// <summary>Number and roman session in parentheses, the old form: <c>2200 A(XXI)</c>.</summary>
    RomanSession,
}

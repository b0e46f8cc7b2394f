namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The session a document belongs to (<see cref="IsYear"/> false: the General Assembly's 79th, the Human Rights
/// Council's 55th) or, for bodies that number by year (the Security Council, ECOSOC), its year; <see cref="None"/>
/// when the symbol does not say.
/// </summary>
internal readonly record struct SymbolPeriod(int Number, bool IsYear)
{
    public static SymbolPeriod None => default;

    public bool IsKnown => Number > 0;

    /// <summary>The period as a folder name: <c>session-79</c>, <c>2018</c>, <c>unknown</c>.</summary>
    public string Slug => !IsKnown ? "unknown" : IsYear ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"session-{Number}";
}

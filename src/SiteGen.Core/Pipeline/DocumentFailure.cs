namespace SiteGen.Core.Pipeline;

/// <summary>
/// A language version with errors in a build that kept going: its last good edition stays published
/// (<see cref="KeptLastGood"/>), or, when there is none, it is left out of the site.
/// </summary>
public sealed record DocumentFailure(string Symbol, string Language, bool KeptLastGood)
{
    public override string ToString() =>
        $"{Symbol} [{Language}]: not built, " + (KeptLastGood ? "its last good edition stays published" : "left out of the site");
}

namespace SiteGen.Core.Pipeline;

/// <summary>
/// What a build made of one language version: the line the <c>build</c> command prints for it.
/// <see cref="Unchanged"/> says its files were kept from the last build, as nothing it depends on changed.
/// </summary>
public sealed record DocumentSummary(string Symbol, string Language, int Units, int Notes, int Files, long Bytes, TimeSpan Time, bool Unchanged = false)
{
    public override string ToString() =>
        $"{Symbol} [{Language}]: {Units} units, {Notes} notes, {Files} files, {Bytes:N0} bytes, "
        + (Unchanged ? "unchanged" : $"{Time.TotalMilliseconds:F0} ms");
}

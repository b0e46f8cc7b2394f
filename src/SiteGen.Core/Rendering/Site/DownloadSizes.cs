namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The lengths in bytes of the files a document page offers beside it, each null when the build does not make that
/// file; the page then does not link it.
/// </summary>
public sealed record DownloadSizes(long? Epub, long? Model)
{
    /// <summary>Both files, of unknown length: a page rendered on its own, without the build that makes them.</summary>
    public static DownloadSizes None { get; } = new(null, null);
}

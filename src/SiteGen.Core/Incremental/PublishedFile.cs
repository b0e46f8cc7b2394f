namespace SiteGen.Core.Incremental;

/// <summary>A file the last build published: its path in the site (<c>zh/A/C.3/79/L.34/index.html</c>) and its stamp.</summary>
internal sealed record PublishedFile(string Path, FileStamp Stamp)
{
    /// <summary>Whether the file in the published site is still the one written: not removed, overwritten or cut short.</summary>
    public bool IsIntact(string publishedSite) => Stamp == FileStamp.Of(System.IO.Path.Combine(publishedSite, Path));
}

namespace SiteGen.Core.Incremental;

/// <summary>A file the last build published: its path in the site (<c>zh/A/C.3/79/L.34/index.html</c>) and its stamp.</summary>
internal sealed record PublishedFile(string Path, FileStamp Stamp)
{
    /// <summary>Whether the file in the published site is still the one written: not removed, overwritten or cut short.</summary>
    public bool IsIntact(string publishedSite)
    {
        // Its full path is made on the stack (unless very long): a rebuild looks at every file the site publishes.
        var length = publishedSite.Length + 1 + Path.Length;
        Span<char> full = length <= 512 ? stackalloc char[length] : new char[length];
        publishedSite.CopyTo(full);
        full[publishedSite.Length] = System.IO.Path.DirectorySeparatorChar;
        Path.CopyTo(full[(publishedSite.Length + 1)..]);
        return Stamp == FileStamp.Of(full);
    }
}

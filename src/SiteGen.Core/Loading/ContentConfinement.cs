namespace SiteGen.Core.Loading;

/// <summary>
/// What the content folder may hold as a metadata file or a source: a regular file inside it. A symbolic link is
/// followed only to a file inside the content folder (a link out of it would publish whatever it names); a FIFO,
/// a device or a socket is refused (reading a FIFO blocks for ever); so is a loop of links.
/// </summary>
internal static class ContentConfinement
{
    /// <summary>Why the file at <paramref name="path"/> (looked at as <paramref name="stat"/>) may not be read, or null.</summary>
    public static string? Refusal(string path, PathStat stat, string contentDirectory)
    {
        if (stat.Kind == PathKind.Other)
        {
            return "is not a regular file (a FIFO, a device or a socket)";
        }

        var file = new FileInfo(path);
        if (file.LinkTarget is null)
        {
            return null;
        }

        FileSystemInfo? target;
        try
        {
            target = file.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return "is a loop of symbolic links";
        }

        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory)) + Path.DirectorySeparatorChar;
        return target is not null && target.FullName.StartsWith(inside, StringComparison.Ordinal)
            ? null
            : $"is a symbolic link to {file.LinkTarget}, outside the content folder; only files inside it are read";
    }
}

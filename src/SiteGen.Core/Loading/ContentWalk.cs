using System.IO.Enumeration;

namespace SiteGen.Core.Loading;

/// <summary>
/// A folder of the content as the last walk found it: its name (the full path for the content folder itself), its
/// time of last change, taken before it was listed, whether it holds a metadata file, and its subfolders, sorted
/// by name (ordinal). A folder's time changes whenever an entry is added to it, removed or renamed, not when a
/// file in it is written: so a folder whose time is still the one recorded holds the same entries.
/// </summary>
internal sealed record ContentFolder(string Name, long WriteTicks, bool HasMetadata, ContentFolder[] Subfolders)
{
    /// <summary>The subfolder of that name, if it was there.</summary>
    public ContentFolder? Find(string name) =>
        Subfolders.AsSpan().BinarySearch(new Named(name)) is var at and >= 0 ? Subfolders[at] : null;

    /// <summary>A name to find among subfolders sorted by name (ordinal).</summary>
    private readonly struct Named(string name) : IComparable<ContentFolder>
    {
        public int CompareTo(ContentFolder? other) => string.CompareOrdinal(name, other?.Name);
    }
}

/// <summary>
/// Finds the metadata files below a content folder, folder by folder, and records what it found
/// (<see cref="ContentFolder"/>). Given the last build's record, it looks at each recorded folder once and lists
/// again only those whose time changed (or changed too close to <c>trustedBefore</c> to tell): at a thousand
/// documents a rebuild makes about a thousand system calls instead of five thousand, and does not wait for them.
/// Finds what <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/> finds: every file named
/// <see cref="ContentLoader.MetadataFileName"/> at any depth, except through links to folders.
/// </summary>
internal static class ContentWalk
{
    // As Directory.EnumerateFiles: hidden and system entries too, and a folder that cannot be read is an error.
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    // As Directory.EnumerateFiles matches a name: by case where the file system tells case apart.
    private static readonly StringComparison NameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The full paths of the metadata files below <paramref name="contentDirectory"/>, in path order (ordinal),
    /// and the record of its folders for the next walk; null when the folder does not exist.
    /// </summary>
    public static (string[] Files, ContentFolder Root)? Find(string contentDirectory, ContentFolder? known, DateTime trustedBefore)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        var files = new List<string>();
        var path = new PathBuffer(root);
        if (Visit(ref path, root, known?.Name == root ? known : null, trustedBefore, files) is not { } walked)
        {
            return null;
        }

        files.Sort(StringComparer.Ordinal);
        return ([.. files], walked);
    }

    /// <summary>Walks the folder at <paramref name="path"/>; null when it is not a folder (any more).</summary>
    private static ContentFolder? Visit(ref PathBuffer path, string name, ContentFolder? known, DateTime trustedBefore, List<string> files)
    {
        // Looked at before it is listed: an entry added while it is listed changes its time after this.
        var stat = PathStat.Of(path.Span);
        if (!stat.IsDirectory)
        {
            return null;
        }

        var unchanged = known is not null && known.WriteTicks == stat.WriteTicks && stat.LastWriteTimeUtc < trustedBefore;
        var (hasMetadata, names) = unchanged ? (known!.HasMetadata, null) : List(path.ToString());
        if (hasMetadata)
        {
            files.Add(Path.Join(path.Span, ContentLoader.MetadataFileName));
        }

        var count = names?.Count ?? known!.Subfolders.Length;
        var subfolders = new List<ContentFolder>(count);
        var same = unchanged;
        for (var i = 0; i < count; i++)
        {
            var subfolderName = names?[i] ?? known!.Subfolders[i].Name;
            var recorded = names is null ? known!.Subfolders[i] : known?.Find(subfolderName);
            var end = path.Append(subfolderName);
            var subfolder = Visit(ref path, subfolderName, recorded, trustedBefore, files);
            path.Truncate(end);
            same &= ReferenceEquals(subfolder, recorded);
            if (subfolder is not null)
            {
                subfolders.Add(subfolder);
            }
        }

        // A folder unchanged down to its last subfolder is the record itself: no new objects for most of them.
        return same ? known : new ContentFolder(name, stat.WriteTicks, hasMetadata, [.. subfolders]);
    }

    /// <summary>One listing of a folder: whether it holds a metadata file, and its subfolders' names, sorted (ordinal).</summary>
    private static (bool HasMetadata, List<string> Subfolders) List(string folder)
    {
        var hasMetadata = false;
        var subfolders = new List<string>();
        var entries = new FileSystemEnumerable<string?>(folder, (ref entry) => entry.IsDirectory ? entry.FileName.ToString() : null, Listing)
        {
            // Links to folders are not followed: a link may lead out of the content folder or back into it (two
            // links to '.' made the walk exponential). A metadata file is taken in any form here; the loader
            // refuses one that is not a regular file inside the content folder.
            ShouldIncludePredicate = (ref entry) => entry.IsDirectory
                ? (entry.Attributes & FileAttributes.ReparsePoint) == 0
                : entry.FileName.Equals(ContentLoader.MetadataFileName, NameComparison),
        };
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                hasMetadata = true;
            }
            else
            {
                subfolders.Add(entry);
            }
        }

        subfolders.Sort(StringComparer.Ordinal);
        return (hasMetadata, subfolders);
    }

    /// <summary>A path built up folder by folder in one buffer, looked at without a string for each folder.</summary>
    private struct PathBuffer(string root)
    {
        private char[] _chars = root.ToCharArray();
        private int _length = root.Length;

        public readonly ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

        /// <summary>Appends a separator and a name; returns the length to go back to.</summary>
        public int Append(string name)
        {
            var end = _length;
            var needed = _length + 1 + name.Length;
            if (needed > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
            }

            _chars[_length] = Path.DirectorySeparatorChar;
            name.CopyTo(_chars.AsSpan(_length + 1));
            _length = needed;
            return end;
        }

        public void Truncate(int length) => _length = length;

        public override readonly string ToString() => Span.ToString();
    }
}

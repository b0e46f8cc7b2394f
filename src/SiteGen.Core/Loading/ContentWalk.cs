using System.IO.Enumeration;

namespace SiteGen.Core.Loading;

/// <summary>
/// Finds the metadata files below a content folder: every file named <see cref="ContentLoader.MetadataFileName"/>
/// at any depth, hidden folders too, in path order (ordinal) so that every build sees the documents in the same
/// order. Links to folders are not followed: a link may lead out of the content folder or back into it (two links
/// to '.' made a walk exponential). A metadata file is taken in any form here; the loader refuses one that is not a
/// regular file inside the content folder (<see cref="ContentConfinement"/>).
/// </summary>
internal static class ContentWalk
{
    // Hidden and system entries too, and a folder that cannot be read is an error rather than left out.
    private static readonly EnumerationOptions Listing = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    // As a name is matched on the file system: by case where it tells case apart.
    private static readonly StringComparison NameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full paths of the metadata files below <paramref name="contentDirectory"/>; null when the folder does not exist.</summary>
    public static string[]? Find(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory))
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        var files = new FileSystemEnumerable<string>(root, (ref entry) => entry.ToFullPath(), Listing)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && entry.FileName.Equals(ContentLoader.MetadataFileName, NameComparison),
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        }.ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}

namespace SiteGen.Core.Loading;

/// <summary>
/// A folder below the content folder as a build listed it: its full path, its time of last change, the folders in
/// it (names, ordinal order) and whether it holds a metadata file. Adding, removing or renaming an entry changes a
/// folder's time, so a folder that still has this time holds the same entries.
/// </summary>
internal sealed record ContentFolder(string Path, long WriteTicks, IReadOnlyList<string> Subfolders, bool HasMetadata);

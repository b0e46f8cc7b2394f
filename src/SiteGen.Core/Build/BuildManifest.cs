using System.IO.MemoryMappedFiles;
using System.Numerics;
using Microsoft.IO;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Build;

/// <summary>
/// What the last successful build published (<c>output/build-manifest</c>, beside the site, never in it):
/// the build key; the site key and the site's own files (index, 404 page, assets); per document, its key, its files,
/// what its summary, the index and the build's report need (title, counts, diagnostics) and the stamp and hash of
/// its source: a source whose length and time of last change are those recorded is not read again to be hashed
/// (unless it changed within two seconds before the manifest was written, when the time cannot tell); the same
/// for each metadata file, with the language versions it lists; and the content's folders as the walk found them
/// (<see cref="ContentFolder"/>). The next build with the same build key reuses the published files of every
/// document whose key is unchanged, and lists again only the content folders that changed. Written after
/// publishing and removed before, so a build interrupted while publishing leaves no manifest and the next build is
/// a full one. Holds nothing that varies between identical builds (no time of the build itself, only the times of
/// the files and folders it read). Stored in its own compact form (<see cref="BuildManifestFormat"/>).
/// </summary>
internal sealed record BuildManifest(
    string BuildKey,
    UInt128 SiteKey,
    IReadOnlyList<string> SiteFiles,
    IReadOnlyList<PublishedDocument> Documents,
    string WorkingDirectory,
    IReadOnlyList<MetadataRecord> MetadataFiles,
    ContentFolder? Content)
{
    public const string FileName = "build-manifest";

    // Where earlier versions kept the manifest, as JSON: removed with the manifest, so no stale copy stays behind.
    private const string FormerFileName = "build-manifest.json";

    public static BuildManifest Create(
        string buildKey,
        UInt128 siteKey,
        IReadOnlyList<string> siteFiles,
        IReadOnlyList<PublishedDocument> documents,
        IReadOnlyList<MetadataRecord> metadataFiles,
        ContentFolder? content) =>
        new(buildKey, siteKey, siteFiles, documents, Directory.GetCurrentDirectory(), metadataFiles, content);

    /// <summary>Files changed at or after this time are read again even when their stamp matches (set when loaded).</summary>
    public DateTime TrustedBefore { get; private init; } = DateTime.MinValue;

    /// <summary>The metadata files this manifest recorded, for the content loader.</summary>
    public MetadataCache MetadataCache() => new(WorkingDirectory, TrustedBefore, MetadataFiles);

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, FileName);

    /// <summary>The manifest of the published site, if there is one made with the same build key; otherwise null.</summary>
    public static BuildManifest? Load(string outputDirectory, string buildKey)
    {
        // Looked at once, for whether it is there and for its time.
        var path = PathIn(outputDirectory);
        var file = PathStat.Of(path);
        if (!file.IsFile || file.Length == 0)
        {
            return null;
        }

        // Read through a read-only mapping of the file: its pages come straight from the page cache, sixteen at
        // a time, where an array to copy it into would be fresh memory, a page at a time (0.36 MB at 1000
        // documents). A damaged manifest only costs a full build.
        using var mapping = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapping.CreateViewStream(0, file.Length, MemoryMappedFileAccess.Read);
        var manifest = BuildManifestFormat.Read(view);
        return manifest is not null && manifest.BuildKey == buildKey
            ? manifest with { TrustedBefore = file.LastWriteTimeUtc - TimeSpan.FromSeconds(2) }
            : null;
    }

    public void Save(string outputDirectory)
    {
        using var encoded = Encode();
        Save(outputDirectory, encoded);
    }

    /// <summary>The manifest in its stored form, in a pooled buffer that the caller disposes.</summary>
    public RecyclableMemoryStream Encode()
    {
        var buffer = OutputBuffers.Rent("manifest");
        try
        {
            BuildManifestFormat.Write(buffer, this);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>Writes a manifest already encoded: to a file of its own first, then in place of the last one.</summary>
    public static void Save(string outputDirectory, RecyclableMemoryStream encoded)
    {
        var path = PathIn(outputDirectory);
        var temporary = path + ".tmp";
        OutputBuffers.WriteFile(temporary, encoded);
        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string outputDirectory)
    {
        File.Delete(PathIn(outputDirectory));
        File.Delete(Path.Combine(outputDirectory, FormerFileName));
    }
}

/// <summary>
/// One published language version: its key, the formats its files were written in and what the index and the
/// build's report need. Where its files are and what they are called follow from its symbol, language and
/// formats (<see cref="EditionPaths"/>), so they are not stored: a rebuild reads a manifest of thousands of these.
/// </summary>
internal sealed record PublishedDocument(
    UInt128 Key,
    SourceStamp Source,
    string Symbol,
    string Language,
    OutputFormats Formats,
    string Title,
    int Units,
    int Notes,
    long Bytes,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public EditionPaths Paths => new(Symbol, UnLanguage.Find(Language));

    /// <summary>Its folder, relative to the site: <c>zh/A/C.3/79/L.34/</c>.</summary>
    public string Folder => Paths.Directory;

    /// <summary>The names of its files, sorted (ordinal).</summary>
    public IReadOnlyList<string> Files => FileNames(Formats, Paths);

    public int FileCount => BitOperations.PopCount((uint)Formats);

    /// <summary>The paths of its files, relative to the site (<c>zh/A/C.3/79/L.34/index.html</c>), sorted (ordinal).</summary>
    public IEnumerable<string> SitePaths
    {
        get
        {
            var paths = Paths;
            var folder = paths.Directory;
            return FileNames(Formats, paths).Select(name => folder + name);
        }
    }

    /// <summary>The names of the files a document's folder holds for the formats built, sorted (ordinal).</summary>
    public static IReadOnlyList<string> FileNames(OutputFormats formats, EditionPaths paths)
    {
        var names = new List<string>(3);
        if (formats.HasFlag(OutputFormats.Model))
        {
            names.Add(paths.ModelFileName);
        }

        if (formats.HasFlag(OutputFormats.Epub))
        {
            names.Add(paths.EpubFileName);
        }

        if (formats.HasFlag(OutputFormats.Site))
        {
            names.Add(EditionPaths.PageFileName);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}

/// <summary>A source file as it was read: its stamp and the hash of its bytes.</summary>
internal sealed record SourceStamp(FileStamp File, UInt128 Hash)
{
    /// <summary>The stamp of bytes read from a file stat'ed before: a change made since shows as a newer time next build.</summary>
    public static SourceStamp Of(PathStat file, ReadOnlySpan<byte> bytes) =>
        new(new FileStamp(bytes.Length, file.WriteTicks), BuildKeys.ForSource(bytes));

    /// <summary>Reads a file already stat'ed, for its stamp.</summary>
    public static SourceStamp Read(string path, PathStat file)
    {
        return Of(file, System.IO.File.ReadAllBytes(path));
    }
}

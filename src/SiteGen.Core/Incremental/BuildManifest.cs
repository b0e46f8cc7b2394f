using System.Text.Json;

namespace SiteGen.Core.Incremental;

/// <summary>
/// What the last successful build published (<c>output/build-manifest.json</c>, beside the site, never in it): the
/// build key; the edition's key (<see cref="BuildKeys.ForEdition"/>); the site key and the site's own files; each
/// document's key, source and files; and each metadata file read without a diagnostic, with the language versions it
/// lists. The documents' citations are beside it (<see cref="CitationFile"/>), written before it. Plain JSON (<see cref="ManifestJson"/>) that a
/// person can open. Removed before publishing and written after, so a build interrupted while publishing leaves
/// none and the next build is a full one. Holds nothing that varies between identical builds but the times of the
/// files it read and wrote.
/// </summary>
internal sealed record BuildManifest(
    int Format,
    string BuildKey,
    string Edition,
    string SiteKey,
    IReadOnlyList<PublishedFile> SiteFiles,
    IReadOnlyList<PublishedDocument> Documents,
    string WorkingDirectory,
    IReadOnlyList<MetadataRecord> MetadataFiles)
{
    public const string FileName = "build-manifest.json";

    /// <summary>The version of this shape; a manifest of another is no manifest to this build.</summary>
    public const int CurrentFormat = 11;

    // Where earlier versions kept the manifest in a binary form: removed with the manifest, so no stale copy stays.
    private const string FormerFileName = "build-manifest";

    /// <summary>
    /// A file changed at or after this time is read again even when its stamp matches: a time can be coarser
    /// than the changes made within it (set when loaded, two seconds before the manifest was written).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTime TrustedBefore { get; init; } = DateTime.MinValue;

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, FileName);

    /// <summary>The manifest beside the published site, if there is one of this format and build key; otherwise null.</summary>
    public static BuildManifest? Load(string outputDirectory, string buildKey)
    {
        var file = new FileInfo(PathIn(outputDirectory));
        if (!file.Exists)
        {
            return null;
        }

        try
        {
            // Read whole, then parsed from memory: the parser then needs no buffer of its own.
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(file.FullName), ManifestJson.Default.BuildManifest);
            return manifest is { Format: CurrentFormat } && manifest.BuildKey == buildKey
                ? manifest with { TrustedBefore = file.LastWriteTimeUtc - TimeSpan.FromSeconds(2) }
                : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable manifest only costs a full build.
            return null;
        }
    }

    /// <summary>Writes the manifest to a file of its own first, then in place of the last one.</summary>
    public void Save(string outputDirectory)
    {
        WriteAside(outputDirectory);
        PutInPlace(outputDirectory);
    }

    /// <summary>Writes the manifest to a file of its own beside the last one, which it does not replace yet (<see cref="PutInPlace"/>).</summary>
    public void WriteAside(string outputDirectory)
    {
        using var stream = File.Create(AsidePathIn(outputDirectory));
        JsonSerializer.Serialize(stream, this, ManifestJson.Readable);
    }

    /// <summary>Puts the manifest written aside (<see cref="WriteAside"/>) in place of the last one.</summary>
    public static void PutInPlace(string outputDirectory) => File.Move(AsidePathIn(outputDirectory), PathIn(outputDirectory), overwrite: true);

    private static string AsidePathIn(string outputDirectory) => PathIn(outputDirectory) + ".tmp";

    public static void Delete(string outputDirectory)
    {
        File.Delete(PathIn(outputDirectory));
        File.Delete(Path.Combine(outputDirectory, FormerFileName));
    }
}

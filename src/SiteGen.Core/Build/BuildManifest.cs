using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Build;

/// <summary>
/// What the last successful build published (<c>output/build-manifest.json</c>, beside the site, never in it):
/// the build key and, per document, its key, its files and what its summary, the index and the build's report
/// need (title, counts, diagnostics). The next build with the same build key reuses the published files of every
/// document whose key is unchanged. Written after publishing and removed before, so a build interrupted while
/// publishing leaves no manifest and the next build is a full one. Holds nothing that varies between identical
/// builds (no times).
/// </summary>
internal sealed record BuildManifest(int Version, string BuildKey, IReadOnlyList<PublishedDocument> Documents)
{
    public const string FileName = "build-manifest.json";

    private const int CurrentVersion = 1;

    public static BuildManifest Create(string buildKey, IReadOnlyList<PublishedDocument> documents) => new(CurrentVersion, buildKey, documents);

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, FileName);

    /// <summary>The manifest of the published site, if there is one made with the same build key; otherwise null.</summary>
    public static BuildManifest? Load(string outputDirectory, string buildKey)
    {
        var path = PathIn(outputDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildManifestJson.Default.BuildManifest);
            return manifest is { Version: CurrentVersion } && manifest.BuildKey == buildKey ? manifest : null;
        }
        catch (JsonException)
        {
            // A damaged manifest only costs a full build.
            return null;
        }
    }

    public void Save(string outputDirectory)
    {
        var path = PathIn(outputDirectory);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, BuildManifestJson.Default.BuildManifest));
        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string outputDirectory) => File.Delete(PathIn(outputDirectory));
}

/// <summary>One published language version: its key, folder (relative to the site, <c>zh/A/C.3/79/L.34/</c>) and files.</summary>
internal sealed record PublishedDocument(
    string Key,
    string Symbol,
    string Language,
    string Folder,
    IReadOnlyList<string> Files,
    string Title,
    int Units,
    int Notes,
    long Bytes,
    IReadOnlyList<Diagnostic> Diagnostics);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class BuildManifestJson : JsonSerializerContext;

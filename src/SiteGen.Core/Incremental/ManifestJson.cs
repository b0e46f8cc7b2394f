using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Core.Incremental;

/// <summary>
/// The manifest's JSON, with camelCase names, enums by name and citations as short arrays (<see cref="CitationJson"/>),
/// made at compile time (no reflection). Not indented: it is read and written at every build, and indenting doubled it.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, Converters = [typeof(CitationJson)])]
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(PublishedDocument))]
[JsonSerializable(typeof(MetadataRecord))]
[JsonSerializable(typeof(IReadOnlyList<PublishedFile>))]
internal sealed partial class ManifestJson : JsonSerializerContext
{
    /// <summary>The manifest as a person reads it: titles and paths in their own letters rather than escaped.</summary>
    // Made on first use: the generated default context is set up by a static initializer of its own.
    private static JsonTypeInfo<BuildManifest>? s_readable;

    public static JsonTypeInfo<BuildManifest> Readable => s_readable ??= ReadableInfo();

    private static JsonTypeInfo<BuildManifest> ReadableInfo()
    {
        var options = new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return (JsonTypeInfo<BuildManifest>)options.GetTypeInfo(typeof(BuildManifest));
    }
}

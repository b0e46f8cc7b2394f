using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Core.Incremental;

/// <summary>The manifest's JSON, indented with camelCase names and enums by name, made at compile time (no reflection).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BuildManifest))]
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

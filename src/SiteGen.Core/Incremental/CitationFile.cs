using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.References;

namespace SiteGen.Core.Incremental;

/// <summary>
/// The citations each published document makes (<c>output/build-citations.json</c>, beside the manifest): one JSON
/// object from a document's key to its citations (<see cref="CitationJson"/>). They are most of what a build records
/// and a rebuild needs them only when a page that depends on them is written again, so they are kept apart from the
/// manifest: read as bytes, each document's parsed only when asked for, and a kept document's entry copied as it is
/// into the next file. A key stands for one document's output, so an entry is right for its key whichever build wrote it.
/// </summary>
internal sealed class CitationFile
{
    public const string FileName = "build-citations.json";

    private const int FlushBytes = 64 * 1024;

    private static readonly CitationJson s_citation = new();

    private readonly byte[] _json;
    private readonly Dictionary<string, Range> _entries;

    private CitationFile(byte[] json, Dictionary<string, Range> entries)
    {
        _json = json;
        _entries = entries;
    }

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, FileName);

    /// <summary>The file beside the manifest, its entries found (not parsed); null when there is none or it is not such a file.</summary>
    public static CitationFile? Load(string outputDirectory)
    {
        try
        {
            var json = File.ReadAllBytes(PathIn(outputDirectory));
            var reader = new Utf8JsonReader(json);
            var entries = new Dictionary<string, Range>(StringComparer.Ordinal);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    return null;
                }

                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                entries[key] = start..(int)reader.BytesConsumed;
            }

            return reader.TokenType == JsonTokenType.EndObject ? new CitationFile(json, entries) : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the file holds the citations of the document with this key.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The citations of the document with this key, in reading order; null when the file has none for it or they cannot be read.</summary>
    public IReadOnlyList<Citation>? Of(string key)
    {
        if (!_entries.TryGetValue(key, out var range))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(_json.AsSpan(range));
            reader.Read();
            var citations = new List<Citation>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                citations.Add(s_citation.Read(ref reader, typeof(Citation), ManifestJson.Default.Options));
            }

            return citations;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes, beside the last file (which it does not replace yet, <see cref="PutInPlace"/>), the citations of these
    /// documents: those given, or for a document given none, its entry in <paramref name="previous"/> as it is.
    /// </summary>
    public static void WriteAside(string outputDirectory, IEnumerable<(string Key, IReadOnlyList<Citation>? Citations)> documents, CitationFile? previous)
    {
        using var stream = File.Create(AsidePathIn(outputDirectory));
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var written = new HashSet<string>(StringComparer.Ordinal);
        writer.WriteStartObject();
        foreach (var (key, citations) in documents)
        {
            // Two language versions never share a key; a document published twice is recorded once.
            if (!written.Add(key))
            {
                continue;
            }

            writer.WritePropertyName(key);
            if (citations is not null)
            {
                writer.WriteStartArray();
                foreach (var citation in citations)
                {
                    s_citation.Write(writer, citation, ManifestJson.Default.Options);
                }

                writer.WriteEndArray();
            }
            else if (previous is not null && previous._entries.TryGetValue(key, out var range))
            {
                writer.WriteRawValue(previous._json.AsSpan(range), skipInputValidation: true);
            }
            else
            {
                throw new InvalidOperationException($"the citations of the document with key {key} are neither given nor recorded");
            }

            // The writer holds what it has not flushed in one growing array: flushed as it goes, the file is never held whole.
            if (writer.BytesPending > FlushBytes)
            {
                writer.Flush();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Puts the file written aside (<see cref="WriteAside"/>) in place of the last one.</summary>
    public static void PutInPlace(string outputDirectory) => File.Move(AsidePathIn(outputDirectory), PathIn(outputDirectory), overwrite: true);

    private static string AsidePathIn(string outputDirectory) => PathIn(outputDirectory) + ".tmp";
}

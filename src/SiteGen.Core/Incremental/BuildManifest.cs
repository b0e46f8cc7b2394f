using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Core.Incremental;

/// <summary>
/// What the last successful build published (<c>output/build-manifest.json</c>, beside the site, never in it): the
/// build key; the edition's key (<see cref="BuildKeys.ForEdition"/>); the site key and the site's own files; each
/// document's key, source and files; and each metadata file read without a diagnostic, with the language versions it
/// lists. The documents' citations are beside it (<see cref="CitationFile"/>), written before it. Plain JSON (<see cref="ManifestJson"/>) that a
/// person can open. Removed before publishing and written after, so a build interrupted while publishing leaves
/// none and the next build is a full one. Holds nothing that varies between identical builds but the times of the
/// files it read and wrote. A manifest read from a file keeps its text: a record the next one holds as it was read
/// (a document or metadata file unchanged since) is copied into it as it is, not written again field by field.
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

    private const int FlushBytes = 16 * 1024;

    // The text of the manifest this one was read from, and where each of its records (a document, a metadata file) is in it.
    private byte[]? _text;
    private Dictionary<object, Range>? _records;

    /// <summary>
    /// A file changed at or after this time is read again even when its stamp matches: a time can be coarser
    /// than the changes made within it (set when loaded, two seconds before the manifest was written).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTime TrustedBefore { get; init; } = DateTime.MinValue;

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, FileName);

    /// <summary>The manifest beside the published site, if there is one of this format and build key; otherwise null.</summary>
    public static BuildManifest? Load(string outputDirectory, string buildKey) =>
        Load(outputDirectory) is { } manifest && manifest.BuildKey == buildKey ? manifest : null;

    /// <summary>
    /// The manifest beside the published site, if there is one of this format, whatever its build key (the caller
    /// compares it with its own, made meanwhile); otherwise null.
    /// </summary>
    public static BuildManifest? Load(string outputDirectory)
    {
        var file = new FileInfo(PathIn(outputDirectory));
        if (!file.Exists)
        {
            return null;
        }

        try
        {
            // Read whole, then parsed from memory: the parser then needs no buffer of its own.
            var text = File.ReadAllBytes(file.FullName);
            return Parse(text) is { } manifest
                ? manifest with { TrustedBefore = file.LastWriteTimeUtc - TimeSpan.FromSeconds(2) }
                : null;
        }
        catch (Exception exception) when (IsDamage(exception) || exception is IOException or UnauthorizedAccessException
            || (exception is AggregateException aggregate && aggregate.InnerExceptions.All(IsDamage)))
        {
            // A damaged or unreadable manifest only costs a full build.
            return null;
        }
    }

    // What reading a manifest that is not such a file throws: a member of another kind (a string for a number) is not a JsonException.
    private static bool IsDamage(Exception exception) => exception is JsonException or InvalidOperationException or FormatException;

    // The manifest in this text, null when it is of another format or lacks a part. The object's own members are
    // read in order; its documents and metadata files, most of the text, are each found first, where each stands being
    // kept so that a record the next manifest holds unchanged is written back as it was, and then parsed by the serializer.
    private static BuildManifest? Parse(byte[] text)
    {
        var reader = new Utf8JsonReader(text);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        int? format = null;
        string? buildKey = null, edition = null, siteKey = null, workingDirectory = null;
        IReadOnlyList<PublishedFile>? siteFiles = null;
        List<Range>? documents = null, metadataFiles = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "format":
                    format = reader.GetInt32();
                    if (format != CurrentFormat)
                    {
                        return null;
                    }

                    break;
                case "buildKey":
                    buildKey = reader.GetString();
                    break;
                case "edition":
                    edition = reader.GetString();
                    break;
                case "siteKey":
                    siteKey = reader.GetString();
                    break;
                case "siteFiles":
                    siteFiles = JsonSerializer.Deserialize(ref reader, ManifestJson.Default.IReadOnlyListPublishedFile);
                    break;
                case "documents":
                    documents = Elements(ref reader);
                    break;
                case "workingDirectory":
                    workingDirectory = reader.GetString();
                    break;
                case "metadataFiles":
                    metadataFiles = Elements(ref reader);
                    break;
                default:
                    return null;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || format is null || buildKey is null || edition is null || siteKey is null
            || siteFiles is null || documents is null || workingDirectory is null || metadataFiles is null)
        {
            return null;
        }

        var documentRecords = new PublishedDocument[documents.Count];
        var metadataRecords = new MetadataRecord[metadataFiles.Count];
        // Read on the history's own thread, not the pool's: the load stage's workers wait for this record.
        for (var i = 0; i < documents.Count; i++)
        {
            documentRecords[i] = JsonSerializer.Deserialize(text.AsSpan(documents[i]), ManifestJson.Default.PublishedDocument) ?? throw new JsonException("a document's record is null");
        }

        for (var i = 0; i < metadataFiles.Count; i++)
        {
            metadataRecords[i] = JsonSerializer.Deserialize(text.AsSpan(metadataFiles[i]), ManifestJson.Default.MetadataRecord) ?? throw new JsonException("a metadata file's record is null");
        }

        var records = new Dictionary<object, Range>(documents.Count + metadataFiles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < documents.Count; i++)
        {
            records[documentRecords[i]] = documents[i];
        }

        for (var i = 0; i < metadataFiles.Count; i++)
        {
            records[metadataRecords[i]] = metadataFiles[i];
        }

        return new BuildManifest(format.Value, buildKey, edition, siteKey, siteFiles, documentRecords, workingDirectory, metadataRecords)
        {
            _text = text,
            _records = records,
        };
    }

    // Where each element of the array the reader is at the start of is in the text; the reader is left at its end.
    private static List<Range> Elements(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("an array was expected");
        }

        var elements = new List<Range>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            elements.Add(start..(int)reader.BytesConsumed);
        }

        return elements;
    }

    /// <summary>This manifest, copying the records it shares with <paramref name="read"/> (read from a file) as they were read.</summary>
    public BuildManifest Following(BuildManifest? read) => read is null ? this : this with { _text = read._text, _records = read._records };

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
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        foreach (var property in ManifestJson.Readable.Properties)
        {
            if (property.Get is null)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            switch (property.Get(this))
            {
                case IReadOnlyList<PublishedDocument> documents:
                    WriteRecords(writer, documents);
                    break;
                case IReadOnlyList<MetadataRecord> metadataFiles:
                    WriteRecords(writer, metadataFiles);
                    break;
                case var value:
                    JsonSerializer.Serialize(writer, value, property.Options.GetTypeInfo(property.PropertyType));
                    break;
            }

            writer.Flush();
        }

        writer.WriteEndObject();
    }

    // Each record as it was read when it is the one read, else as the serializer writes it. The writer holds what it
    // has not flushed in one growing array: flushed as it goes, the file is never held whole.
    private void WriteRecords<T>(Utf8JsonWriter writer, IReadOnlyList<T> records)
        where T : class
    {
        var record = (JsonTypeInfo<T>)ManifestJson.Readable.Options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in records)
        {
            if (_text is not null && _records is not null && _records.TryGetValue(item, out var range))
            {
                writer.WriteRawValue(_text.AsSpan(range), skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, item, record);
            }

            if (writer.BytesPending > FlushBytes)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
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

using System.Runtime.CompilerServices;
using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;

namespace SiteGen.Core.Build;

/// <summary>
/// The build manifest on disk: a short tag and the format's version, then every field in a fixed order, strings
/// as UTF-8 with their length, numbers as they are in memory (<see cref="BinaryWriter"/>). A rebuild reads the
/// manifest first and writes it last. At a thousand documents JSON (0.83 MB) took a quarter of a one-document
/// rebuild to read and write; this is 0.36 MB. What reading it costs is mostly the memory its objects take, each
/// page of it touched for the first time: so keys and hashes are numbers, a document's folder and file names are
/// not stored but derived (<see cref="PublishedDocument"/>), and a symbol, language or code that recurs is read
/// once. Nothing varies between identical builds.
/// </summary>
internal static class BuildManifestFormat
{
    // "SGBM" and a version: a file of another format or version is not a manifest to this build.
    private const int Tag = 0x4D424753;
    private const int Version = 7;

    // Deeper than any path can go: a damaged manifest is no manifest, not a stack overflow.
    private const int DeepestFolder = 1024;

    public static void Write(Stream stream, BuildManifest manifest)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Tag);
        writer.Write(Version);
        writer.Write(manifest.BuildKey);
        WriteHash(writer, manifest.SiteKey);
        writer.Write(manifest.WorkingDirectory);
        WriteList(writer, manifest.SiteFiles, writer.Write);
        WriteList(writer, manifest.Documents, document =>
        {
            WriteHash(writer, document.Key);
            WriteStamp(writer, document.Source.File);
            WriteHash(writer, document.Source.Hash);
            writer.Write(document.Symbol);
            writer.Write(document.Language);
            writer.Write((byte)document.Formats);
            writer.Write(document.Title);
            writer.Write(document.Units);
            writer.Write(document.Notes);
            writer.Write(document.Bytes);
            WriteList(writer, document.Diagnostics, diagnostic =>
            {
                writer.Write((byte)diagnostic.Severity);
                writer.Write(diagnostic.Code);
                writer.Write(diagnostic.Path);
                writer.Write(diagnostic.Line);
                writer.Write(diagnostic.Column);
                writer.Write(diagnostic.Message);
            });
        });
        WriteList(writer, manifest.MetadataFiles, record =>
        {
            writer.Write(record.Path);
            WriteStamp(writer, record.Stamp);
            WriteList(writer, record.Sources, source =>
            {
                writer.Write(source.SourcePath);
                writer.Write(source.DisplayPath);
                var metadata = source.Metadata;
                writer.Write(metadata.Symbol);
                writer.Write(metadata.Language);
                writer.Write((byte)metadata.Body);
                writer.Write(metadata.Distribution);
                writer.Write(metadata.OriginalLanguage);
                writer.Write(metadata.Date?.DayNumber ?? -1);
            });
        });
        writer.Write(manifest.Content is not null);
        if (manifest.Content is { } content)
        {
            WriteFolder(writer, content);
        }
    }

    /// <summary>The manifest in <paramref name="stream"/>, or null when it holds anything but a whole manifest of this version.</summary>
    public static BuildManifest? Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadInt32() != Tag || reader.ReadInt32() != Version)
            {
                return null;
            }

            var buildKey = reader.ReadString();
            var siteKey = ReadHash(reader);
            var workingDirectory = reader.ReadString();
            var siteFiles = ReadList(reader, reader.ReadString);
            // Symbols, languages and the like recur from record to record: each is made once and shared.
            var shared = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            var documents = ReadList(reader, () => new PublishedDocument(
                Key: ReadHash(reader),
                Source: new SourceStamp(ReadStamp(reader), ReadHash(reader)),
                Symbol: ReadShared(reader, shared),
                Language: ReadShared(reader, shared),
                Formats: ReadFormats(reader),
                Title: reader.ReadString(),
                Units: reader.ReadInt32(),
                Notes: reader.ReadInt32(),
                Bytes: reader.ReadInt64(),
                Diagnostics: ReadList(reader, () => new Diagnostic(
                    ReadEnum<Severity>(reader),
                    Code: ReadShared(reader, shared),
                    Path: reader.ReadString(),
                    Line: reader.ReadInt32(),
                    Column: reader.ReadInt32(),
                    Message: reader.ReadString()))));
            var metadataFiles = ReadList(reader, () => new MetadataRecord(
                Path: reader.ReadString(),
                Stamp: ReadStamp(reader),
                Sources: ReadList(reader, () => new DocumentSource(
                    SourcePath: reader.ReadString(),
                    DisplayPath: reader.ReadString(),
                    new DocumentMetadata(
                        Symbol: ReadShared(reader, shared),
                        Language: ReadShared(reader, shared),
                        Body: ReadEnum<IssuingBody>(reader),
                        Distribution: ReadShared(reader, shared),
                        OriginalLanguage: ReadShared(reader, shared),
                        Date: reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null)))));
            var content = reader.ReadBoolean() ? ReadFolder(reader, 0) : null;
            return stream.Position == stream.Length
                ? new BuildManifest(buildKey, siteKey, siteFiles, documents, workingDirectory, metadataFiles, content)
                : null;
        }
        catch (Exception exception) when (exception is IOException or FormatException or ArgumentException)
        {
            // Cut short or damaged: the end reached too soon, a length or a count out of range, a day that is not one.
            return null;
        }
    }

    /// <summary>A content folder and, after it, each of its subfolders the same way.</summary>
    private static void WriteFolder(BinaryWriter writer, ContentFolder folder)
    {
        writer.Write(folder.Name);
        writer.Write(folder.WriteTicks);
        writer.Write(folder.HasMetadata);
        WriteList(writer, folder.Subfolders, subfolder => WriteFolder(writer, subfolder));
    }

    private static ContentFolder ReadFolder(BinaryReader reader, int depth) =>
        depth > DeepestFolder
            ? throw new FormatException("folders nested deeper than a path can go")
            : new ContentFolder(reader.ReadString(), reader.ReadInt64(), reader.ReadBoolean(), ReadList(reader, () => ReadFolder(reader, depth + 1)));

    private static void WriteStamp(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Length);
        writer.Write(stamp.WriteTicks);
    }

    private static FileStamp ReadStamp(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());

    private static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)hash);
        writer.Write((ulong)(hash >> 64));
    }

    private static UInt128 ReadHash(BinaryReader reader)
    {
        var lower = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), lower);
    }

    private static OutputFormats ReadFormats(BinaryReader reader)
    {
        var formats = (OutputFormats)reader.ReadByte();
        return formats != 0 && (formats & ~OutputFormats.All) == 0 ? formats : throw new FormatException("not a set of output formats");
    }

    /// <summary>A string written by <see cref="BinaryWriter.Write(string)"/>, as the same object as any equal one read before.</summary>
    private static string ReadShared(BinaryReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared)
    {
        const int LongestShared = 256;
        var length = reader.Read7BitEncodedInt();
        if (length is < 0 or > LongestShared)
        {
            // Not a short name: read as BinaryReader.ReadString reads it, and not kept.
            return length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position
                ? throw new FormatException("string longer than the manifest")
                : Encoding.UTF8.GetString(reader.ReadBytes(length));
        }

        Span<byte> bytes = stackalloc byte[length];
        reader.BaseStream.ReadExactly(bytes);
        Span<char> chars = stackalloc char[length];
        var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
        if (shared.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = new string(text);
        shared.Dictionary[made] = made;
        return made;
    }

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static T[] ReadList<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        // Each item takes at least a byte: a count larger than what is left is damage, not a list to allocate.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("list longer than the manifest");
        }

        if (count == 0)
        {
            // Most documents' lists of diagnostics: one shared empty array rather than one each.
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }

    private static T ReadEnum<T>(BinaryReader reader)
        where T : struct, Enum
    {
        // Written as a byte; read without boxing or reflection, since every document has one.
        if (Unsafe.SizeOf<T>() != sizeof(int))
        {
            throw new NotSupportedException($"{typeof(T).Name} is not stored as an int");
        }

        int number = reader.ReadByte();
        var value = Unsafe.As<int, T>(ref number);
        return Enum.IsDefined(value) ? value : throw new FormatException($"not a {typeof(T).Name}");
    }
}

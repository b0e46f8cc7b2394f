using System.IO.Compression;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Writes an EPUB container byte for byte the same for the same entries (as Standard Ebooks does): <c>mimetype</c>
/// first, stored, with no extra field (EPUB 3.3 OCF §4.2.2); then <c>META-INF/container.xml</c>; then every other
/// entry sorted by path (ordinal). Every entry carries one fixed timestamp. Entries are compressed at the fastest
/// level, a little larger but much sooner written, except those under <see cref="SmallestCompressed"/> bytes,
/// which are stored: each compressed entry sets up a deflater of its own in fresh memory, which a small entry does
/// not repay (figures in bench/README.md).
/// </summary>
internal static class EpubArchiveWriter
{
    public const string MimetypePath = "mimetype";

    public const string ContainerPath = "META-INF/container.xml";

    /// <summary>Entries shorter than this are stored rather than compressed.</summary>
    public const int SmallestCompressed = 2048;

    private static readonly DateOnly EarliestZipDate = new(1980, 1, 1);

    private static readonly byte[] Mimetype = "application/epub+zip"u8.ToArray();

    // rw-r--r-- regular file, in the upper half as Info-ZIP stores Unix modes; fixed so the host does not leak in.
    private const int UnixFileAttributes = 0x81A4 << 16;

    public static void Write(Stream output, IEnumerable<EpubEntry> entries, DateOnly timestamp)
    {
        var ordered = Order(entries);
        // A zip entry's time cannot be earlier than 1980 (the MS-DOS date format): a resolution of 1971 is dated
        // 1 January 1980 in its archive, and keeps its own date in the package metadata.
        var day = DateOnly.FromDayNumber(Math.Max(timestamp.DayNumber, EarliestZipDate.DayNumber));
        var time = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(archive, new EpubEntry(MimetypePath, Mimetype), CompressionLevel.NoCompression, time);
        foreach (var entry in ordered)
        {
            var level = entry.Content.Length < SmallestCompressed ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
            Add(archive, entry, level, time);
        }
    }

    /// <summary>The container file first, then the rest by path; <c>mimetype</c> is never taken from the caller.</summary>
    private static List<EpubEntry> Order(IEnumerable<EpubEntry> entries)
    {
        var list = entries.ToList();
        list.Sort(static (a, b) => a.Path == b.Path ? 0
            : a.Path == ContainerPath ? -1
            : b.Path == ContainerPath ? 1
            : string.CompareOrdinal(a.Path, b.Path));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Path == list[i - 1].Path)
            {
                throw new ArgumentException($"duplicate EPUB entry: {list[i].Path}", nameof(entries));
            }
        }

        if (list.Exists(e => e.Path == MimetypePath))
        {
            throw new ArgumentException("the mimetype entry is written by the archive writer", nameof(entries));
        }

        if (list.Count == 0 || list[0].Path != ContainerPath)
        {
            throw new ArgumentException($"an EPUB needs {ContainerPath}", nameof(entries));
        }

        return list;
    }

    private static void Add(ZipArchive archive, EpubEntry entry, CompressionLevel level, DateTimeOffset time)
    {
        var zipEntry = archive.CreateEntry(entry.Path, level);
        zipEntry.LastWriteTime = time;
        zipEntry.ExternalAttributes = UnixFileAttributes;
        using var stream = zipEntry.Open();
        foreach (var segment in entry.Content)
        {
            stream.Write(segment.Span);
        }
    }
}

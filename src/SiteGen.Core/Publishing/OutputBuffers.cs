using Microsoft.IO;

namespace SiteGen.Core.Publishing;

/// <summary>
/// Pooled memory for the files a build writes. Each page, book, book part and model file is made whole in a
/// stream whose blocks come from one shared pool (Microsoft's <see cref="RecyclableMemoryStream"/>), then written
/// to its file with one system call. Made in fresh arrays, files of tens of kilobytes cost the collector more than
/// rendering them does, and a file written in small pieces costs a system call per piece.
/// </summary>
public static class OutputBuffers
{
    private static readonly RecyclableMemoryStreamManager Pool = new(new RecyclableMemoryStreamManager.Options
    {
        // A book part fits in one block, a page spans a few; a block stays small (under the large object heap), since a rebuild of one document makes each of its files in a new one.
        BlockSize = 32 * 1024,
        // What the pool keeps between files: enough for every core's files in flight, no more.
        MaximumSmallPoolFreeBytes = 32 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
    });

    /// <summary>An empty buffer; disposing it gives its memory back to the pool.</summary>
    public static RecyclableMemoryStream Rent(string purpose) => Pool.GetStream(purpose);

    /// <summary>Makes <paramref name="path"/> hold exactly what the buffer holds, replacing any file there.</summary>
    public static void WriteFile(string path, RecyclableMemoryStream buffer)
    {
        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        var content = buffer.GetReadOnlySequence();
        if (content.IsSingleSegment)
        {
            RandomAccess.Write(file, content.FirstSpan, 0);
            return;
        }

        var segments = new List<ReadOnlyMemory<byte>>();
        foreach (var segment in content)
        {
            segments.Add(segment);
        }

        RandomAccess.Write(file, segments, 0);
    }
}

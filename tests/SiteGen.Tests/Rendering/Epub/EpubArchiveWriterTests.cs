using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Tests.Rendering.Epub;

public sealed class EpubArchiveWriterTests
{
    private static readonly DateOnly Timestamp = new(2024, 11, 20);

    private static byte[] Write(params EpubEntry[] entries)
    {
        using var stream = new MemoryStream();
        EpubArchiveWriter.Write(stream, entries, Timestamp);
        return stream.ToArray();
    }

    private static EpubEntry Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_mimetype_entry_comes_first_stored_with_no_extra_field()
    {
        var bytes = Write(Text("EPUB/b.xhtml", "b"), Text("META-INF/container.xml", "<container/>"));

        var header = bytes.AsSpan();
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(header));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(header[6..]) & 0x0008); // no data descriptor
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(header[8..])); // method 0: stored
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(header[26..]));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(header[28..])); // no extra field
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(header.Slice(30, 28)));
    }

    [Fact]
    public void The_container_comes_second_and_the_rest_follow_sorted_by_path()
    {
        var bytes = Write(Text("EPUB/text.xhtml", "t"), Text("EPUB/nav.xhtml", "n"), Text("META-INF/container.xml", "c"), Text("EPUB/css/book.css", "s"));

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(
            ["mimetype", "META-INF/container.xml", "EPUB/css/book.css", "EPUB/nav.xhtml", "EPUB/text.xhtml"],
            archive.Entries.Select(e => e.FullName));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2024, 11, 20), e.LastWriteTime.DateTime));
        Assert.Equal("s", new StreamReader(archive.GetEntry("EPUB/css/book.css")!.Open()).ReadToEnd());
    }

    [Fact]
    public void Entries_under_the_threshold_are_stored_and_the_others_compressed()
    {
        var small = new string('s', EpubArchiveWriter.SmallestCompressed - 1);
        var large = new string('l', EpubArchiveWriter.SmallestCompressed);
        var bytes = Write(Text("META-INF/container.xml", "<container/>"), Text("EPUB/small.css", small), Text("EPUB/large.xhtml", large));

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(12, archive.GetEntry("META-INF/container.xml")!.CompressedLength);
        Assert.Equal(small.Length, archive.GetEntry("EPUB/small.css")!.CompressedLength);
        Assert.True(archive.GetEntry("EPUB/large.xhtml")!.CompressedLength < 100);
        Assert.Equal(large, new StreamReader(archive.GetEntry("EPUB/large.xhtml")!.Open()).ReadToEnd());
        Assert.Equal(small, new StreamReader(archive.GetEntry("EPUB/small.css")!.Open()).ReadToEnd());
    }

    [Fact]
    public void The_same_entries_in_any_order_give_the_same_bytes()
    {
        var first = Write(Text("META-INF/container.xml", "c"), Text("EPUB/a.xhtml", "a"), Text("EPUB/b.xhtml", new string('b', 5000)));
        var second = Write(Text("EPUB/b.xhtml", new string('b', 5000)), Text("EPUB/a.xhtml", "a"), Text("META-INF/container.xml", "c"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_caller_cannot_add_a_second_mimetype_or_a_duplicate_path()
    {
        Assert.Throws<ArgumentException>(() => Write(Text("META-INF/container.xml", "c"), Text("mimetype", "x")));
        Assert.Throws<ArgumentException>(() => Write(Text("META-INF/container.xml", "c"), Text("EPUB/a", "1"), Text("EPUB/a", "2")));
    }
}

using System.Text;
using SiteGen.Core.Loading;

namespace SiteGen.Tests.Loading;

public sealed class RentedBytesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sitegen-rented-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "UTF-8", Encoding.UTF8.GetBytes("symbol: A/C.3/79/L.34\nbody: 大会\n") },
        { "UTF-8 with a byte order mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("symbol: 大会\n")] },
        { "a lone byte order mark", Encoding.UTF8.GetPreamble() },
        { "UTF-16 little-endian", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("symbol: 大会\n")] },
        { "UTF-16 big-endian", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("symbol: 大会\n")] },
        { "UTF-32", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("symbol: 大会\n")] },
        { "invalid UTF-8", [0x61, 0xC3, 0x28, 0xFF, 0x62] },
        { "a byte order mark late", [0x61, .. Encoding.UTF8.GetPreamble(), 0x62] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Text_is_decoded_as_File_ReadAllText_decodes_it(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);

        Assert.Equal(File.ReadAllText(path), RentedBytes.ReadText(path));
    }
}

using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Tests.Publishing;

public sealed class EditionPathsTests
{
    [Theory]
    [InlineData("A/C.3/79/L.34", true)]
    [InlineData("A/RES/2200(XXI)", true)]
    [InlineData("S/2024/1", true)]
    [InlineData("A/.../B", true)]
    [InlineData("A/../etc", false)]
    [InlineData("../A", false)]
    [InlineData("A/..", false)]
    [InlineData("A/./B", false)]
    [InlineData(".", false)]
    [InlineData("A//B", false)]
    [InlineData("/A", false)]
    [InlineData("A/", false)]
    [InlineData("A B", false)]
    [InlineData("A\\B", false)]
    [InlineData("", false)]
    public void A_symbol_is_safe_as_a_path_only_when_no_segment_is_empty_or_leads_elsewhere(string symbol, bool safe) =>
        Assert.Equal(safe, EditionPaths.IsSafeSymbol(symbol));

    [Fact]
    public void A_symbol_gives_its_folder_and_file_names()
    {
        var paths = new EditionPaths("A/C.3/79/L.34", UnLanguage.Find("zh"));

        Assert.Equal("zh/A/C.3/79/L.34/", paths.Directory);
        Assert.Equal("A-C.3-79-L.34.zh.epub", paths.EpubFileName);
        Assert.Equal("../../../../../", paths.RootFromPage);
    }

    [Fact]
    public void The_folder_written_into_a_buffer_is_the_folder_and_a_buffer_too_short_takes_nothing()
    {
        // The longest safe symbol: ten segments of forty characters.
        var longest = string.Join('/', Enumerable.Repeat(new string('L', 40), 10));
        var buffer = new char[512].AsSpan();
        foreach (var paths in new[] { new EditionPaths("A/C.3/79/L.34", UnLanguage.Find("zh")), new EditionPaths(longest, UnLanguage.Find("en")) })
        {
            Assert.True(paths.TryWriteDirectory(buffer, out var written));
            Assert.Equal(paths.Directory, buffer[..written].ToString());
            Assert.False(paths.TryWriteDirectory(buffer[..(paths.Directory.Length - 1)], out _));
        }
    }
}

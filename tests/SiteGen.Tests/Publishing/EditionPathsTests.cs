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
}

using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

public sealed class EpubFixtureTests
{
    [Fact]
    public void The_fixture_book_passes_epubcheck_without_errors_or_warnings()
    {
        var path = EpubBuild.Render(EpubFixture.Document(), "epub-fixture");

        Assert.Empty(EpubValidators.Epubcheck(path));
    }
}

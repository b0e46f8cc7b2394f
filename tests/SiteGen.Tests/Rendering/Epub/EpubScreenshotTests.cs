using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>
/// The seed's title page, text and cover opened in headless Chromium, as a reading system built on a browser
/// engine shows them; the screenshots stay in the artifacts folder for a person to look at.
/// </summary>
public sealed class EpubScreenshotTests(SeedEpub seed) : IClassFixture<SeedEpub>
{
    [Theory]
    [InlineData("EPUB/titlepage.xhtml", 600, 900)]
    [InlineData("EPUB/text.xhtml", 600, 900)]
    [InlineData("EPUB/cover.svg", 1200, 1800)]
    public void Chromium_renders_a_page_of_the_book(string entry, int width, int height)
    {
        var directory = Path.Combine(RepositoryPaths.Artifacts("epub-screenshots"), "book");
        Directory.CreateDirectory(directory);
        foreach (var (name, bytes) in seed.Book.Files)
        {
            var target = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        var screenshot = Path.Combine(RepositoryPaths.Artifacts("epub-screenshots"), Path.GetFileNameWithoutExtension(entry) + ".png");
        File.Delete(screenshot);
        var chromium = ExternalTool.Require("/usr/bin/chromium", "apt-get install chromium fonts-noto-cjk");
        var profile = Directory.CreateTempSubdirectory("sitegen-chromium-");
        try
        {
            ExternalTool.Run(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--hide-scrollbars", $"--user-data-dir={profile.FullName}", $"--screenshot={screenshot}", $"--window-size={width},{height}",
                    new Uri(Path.Combine(directory, entry)).AbsoluteUri,
                ],
                TimeSpan.FromMinutes(2));
        }
        finally
        {
            profile.Delete(recursive: true);
        }

        Assert.True(File.Exists(screenshot), $"Chromium wrote no screenshot of {entry}");
        Assert.True(new FileInfo(screenshot).Length > 5_000, $"the screenshot of {entry} is nearly empty");
    }
}

using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// Every page of the built site through the Nu Html Checker (vnu-jar from npm, run with Java), and the check itself
/// failing on a page with an error, so that a check that passes means something.
/// </summary>
public sealed class SiteValidityTests
{
    [Fact]
    public void The_nu_html_checker_reports_no_errors_on_any_page()
    {
        var site = SiteBuild.Site.Directory;
        Assert.NotEmpty(Directory.GetFiles(site, "*.html", SearchOption.AllDirectories));

        NuChecker.AssertNoErrors(site);
    }

    [Fact]
    public void The_check_fails_on_a_page_with_an_error_and_names_it()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-nu-").FullName;
        try
        {
            var page = Path.Combine(folder, "index.html");
            File.WriteAllText(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title></head><body><p><div>nested</div></p></body></html>\n");

            var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => NuChecker.AssertNoErrors(folder));
            Assert.Contains("index.html", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

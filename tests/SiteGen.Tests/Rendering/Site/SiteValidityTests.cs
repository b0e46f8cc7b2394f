using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>Every page of the built site through the Nu Html Checker (vnu-jar from npm, run with Java).</summary>
public sealed class SiteValidityTests
{
    [Fact]
    public void The_nu_html_checker_reports_no_errors_on_any_page()
    {
        var jar = ExternalTool.Require(
            Path.Combine(RepositoryPaths.NodeModules, "vnu-jar", "build", "dist", "vnu.jar"),
            "npm package vnu-jar (tests/tools)");
        var java = ExternalTool.Require("/usr/bin/java", "Debian package default-jre-headless");
        var site = SiteBuild.Site.Directory;
        Assert.NotEmpty(Directory.GetFiles(site, "*.html", SearchOption.AllDirectories));

        var result = ExternalTool.Run(java, ["-jar", jar, "--errors-only", "--format", "json", "--stdout", "--skip-non-html", site], TimeSpan.FromMinutes(2));

        using var report = JsonDocument.Parse(result.StandardOutput);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}({(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}): {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(0, result.ExitCode);
    }
}

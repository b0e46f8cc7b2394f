using System.Text.Json;

namespace SiteGen.Tests.Support;

/// <summary>The Nu Html Checker (npm's vnu-jar, run by Debian's Java) over pages and folders of pages.</summary>
public static class NuChecker
{
    /// <summary>
    /// Fails with every error (file, line, message) the checker reports on the pages given (a folder: every HTML file
    /// under it); the checker must also exit 0.
    /// </summary>
    public static void AssertNoErrors(params IReadOnlyList<string> paths)
    {
        var jar = ExternalTool.Require(Path.Combine(RepositoryPaths.NodeModules, "vnu-jar", "build", "dist", "vnu.jar"), "npm package vnu-jar (tests/tools)");
        var java = ExternalTool.Require("/usr/bin/java", "Debian package default-jre-headless");
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} does not exist"));
        // A folder holds other files too; a page given by name is always checked.
        string[] skip = paths.Any(Directory.Exists) ? ["--skip-non-html"] : [];

        var result = ExternalTool.Run(java, ["-jar", jar, "--errors-only", "--format", "json", "--stdout", .. skip, .. paths], TimeSpan.FromMinutes(2));

        using var report = JsonDocument.Parse(result.StandardOutput);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}({(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}): {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(0, result.ExitCode);
    }
}

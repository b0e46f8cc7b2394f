namespace SiteGen.Tests.Support;

/// <summary>
/// Compares text with a golden file under <c>tests/SiteGen.Tests/Cases</c>. With SITEGEN_UPDATE_GOLDEN=1 the
/// file is rewritten instead (refused under CI=true), so the change shows up as a diff to review.
/// </summary>
public static class Golden
{
    public static string CasesDirectory => Path.Combine(RepositoryPaths.Root, "tests", "SiteGen.Tests", "Cases");

    public static void Verify(string relativePath, string actual)
    {
        var path = Path.Combine(CasesDirectory, relativePath);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1")
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "golden files are never rewritten under CI=true");
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run with SITEGEN_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            Assert.True(expectedLines[i] == actualLines[i], $"{relativePath}, line {i + 1}:\nexpected: {expectedLines[i]}\nactual:   {actualLines[i]}");
        }

        Assert.Equal(expectedLines.Length, actualLines.Length);
    }
}

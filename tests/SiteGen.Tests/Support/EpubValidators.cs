using System.Text.Json;

namespace SiteGen.Tests.Support;

/// <summary>
/// The EPUB validators and the independent reader the suite runs on a built book: epubcheck (the package,
/// the XHTML, the zip), DAISY Ace (accessibility, in Chromium) and pandoc's EPUB reader. Each returns the
/// findings as readable lines, so a failing assertion shows what the tool said.
/// </summary>
public static class EpubValidators
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string EpubcheckJar => ExternalTool.Require("/usr/share/java/epubcheck.jar", "apt-get install epubcheck");

    /// <summary>Every epubcheck message of severity fatal, error or warning (usage notes excluded).</summary>
    public static IReadOnlyList<string> Epubcheck(string epubPath)
    {
        var jar = EpubcheckJar;
        ExternalTool.Require("/usr/bin/java", "apt-get install default-jre-headless");
        var report = Path.Combine(Path.GetDirectoryName(epubPath)!, Path.GetFileNameWithoutExtension(epubPath) + ".epubcheck.json");
        File.Delete(report);
        var result = ExternalTool.Run("/usr/bin/java", ["-Xss1024k", "-jar", jar, epubPath, "-q", "--json", report], Timeout);
        Assert.True(File.Exists(report), $"epubcheck wrote no report (exit {result.ExitCode}): {result.StandardError}");

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var findings = new List<string>();
        foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var severity = message.GetProperty("severity").GetString();
            if (severity is "FATAL" or "ERROR" or "WARNING")
            {
                var where = message.GetProperty("locations").EnumerateArray()
                    .Select(l => $"{l.GetProperty("path").GetString()}({l.GetProperty("line").GetInt32()},{l.GetProperty("column").GetInt32()})");
                findings.Add($"{severity} {message.GetProperty("ID").GetString()}: {message.GetProperty("message").GetString()} at {string.Join(", ", where)}");
            }
        }

        if (result.ExitCode != 0 && findings.Count == 0)
        {
            findings.Add($"epubcheck exited {result.ExitCode}: {result.StandardError}");
        }

        return findings;
    }

    /// <summary>Every failed assertion of DAISY Ace's EARL report (violations of any impact).</summary>
    public static IReadOnlyList<string> Ace(string epubPath)
    {
        var ace = ExternalTool.Require(Path.Combine(RepositoryPaths.NodeModules, ".bin", "ace-cli"), "npm ci in tests/tools (@daisy/ace-cli)");
        ExternalTool.Require("/usr/bin/chromium", "apt-get install chromium");
        var outputDirectory = Path.Combine(Path.GetDirectoryName(epubPath)!, Path.GetFileNameWithoutExtension(epubPath) + ".ace");
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        var result = ExternalTool.Run(
            ace,
            ["-E", "-s", "-f", "-o", outputDirectory, epubPath],
            Timeout,
            new Dictionary<string, string> { ["PUPPETEER_EXECUTABLE_PATH"] = "/usr/bin/chromium" });
        var report = Path.Combine(outputDirectory, "report.json");
        Assert.True(File.Exists(report), $"Ace wrote no report (exit {result.ExitCode}): {result.StandardOutput}{result.StandardError}");

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var findings = new List<string>();
        CollectFailures(json.RootElement, findings);
        return findings;
    }

    /// <summary>The book as pandoc's EPUB reader reads it, as plain text.</summary>
    public static string PandocPlainText(string epubPath)
    {
        var pandoc = ExternalTool.Require("/usr/bin/pandoc", "apt-get install pandoc");
        var result = ExternalTool.Run(pandoc, ["-f", "epub", "-t", "plain", "--wrap=none", epubPath], Timeout);
        Assert.True(result.ExitCode == 0, $"pandoc failed: {result.StandardError}");
        return result.StandardOutput;
    }

    private static void CollectFailures(JsonElement element, List<string> findings)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("earl:test", out var test)
                && element.TryGetProperty("earl:result", out var result)
                && result.TryGetProperty("earl:outcome", out var outcome)
                && outcome.GetString() == "fail")
            {
                var title = test.TryGetProperty("dct:title", out var t) ? t.GetString() : "?";
                var impact = test.TryGetProperty("earl:impact", out var i) ? i.GetString() : "?";
                var description = result.TryGetProperty("dct:description", out var d) ? d.GetString() : "";
                var pointer = result.TryGetProperty("earl:pointer", out var p) ? p.ToString() : "";
                findings.Add($"{impact} {title}: {description} {pointer}");
            }

            foreach (var property in element.EnumerateObject())
            {
                CollectFailures(property.Value, findings);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectFailures(item, findings);
            }
        }
    }
}

using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// <c>check</c> and <c>build</c> agree on every content error (issue 15, "check passes what build rejects"): the
/// same input gives the same diagnostics and the same exit code from both, and the build publishes nothing.
/// </summary>
public sealed class CheckAndBuildAgreementTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string SeedMetadata => Path.Combine(_content.Content, "A-C.3-79-L.34", "document.yml");

    /// <summary>Runs both commands; asserts they print the same diagnostics and exit alike, and returns those diagnostics.</summary>
    private (int ExitCode, List<string> Diagnostics) CheckAndBuild()
    {
        var built = new StringWriter();
        var buildExit = BuildCommand.Run(_content.Options(), built);
        var checkedOutput = new StringWriter();
        var checkExit = CheckCommand.Run(_content.Content, checkedOutput, _content.Templates, _content.Configuration);

        var fromBuild = DiagnosticLines(built.ToString());
        Assert.Equal(fromBuild, DiagnosticLines(checkedOutput.ToString()));
        Assert.Equal(buildExit, checkExit);
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "site")), "a build with an error published a site");
        return (buildExit, fromBuild);
    }

    private static List<string> DiagnosticLines(string printed) =>
        [.. printed.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Contains(": error SG", StringComparison.Ordinal) || line.Contains(": warning SG", StringComparison.Ordinal))];

    [Fact]
    public void A_language_version_given_twice_is_the_same_error_in_both()
    {
        var copy = Path.Combine(_content.Content, "copy");
        Directory.CreateDirectory(copy);
        File.Copy(SeedMetadata, Path.Combine(copy, "document.yml"));
        File.Copy(_content.SeedSource, Path.Combine(copy, "zh-Hans.md"));

        var (exitCode, diagnostics) = CheckAndBuild();

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains(diagnostics, d => d.Contains("error SG5001: A/C.3/79/L.34 in zh-Hans is given twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbol_too_long_for_the_file_system_is_the_same_error_in_both_at_its_line()
    {
        var symbol = "A/" + string.Join('/', Enumerable.Repeat(new string('L', 40), 7));
        File.WriteAllText(SeedMetadata, File.ReadAllText(SeedMetadata).Replace("symbol: A/C.3/79/L.34", $"symbol: {symbol}", StringComparison.Ordinal));

        var (exitCode, diagnostics) = CheckAndBuild();

        Assert.Equal(ExitCodes.UnusableInput, exitCode);
        var error = Assert.Single(diagnostics, d => d.Contains("error SG1004", StringComparison.Ordinal));
        Assert.Contains("document.yml(2,9): error SG1004: 'symbol' is too long to publish: its e-book's file name would be 296 bytes, and a file system allows 255", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_past_the_engine_s_recursion_limit_is_the_same_error_in_both()
    {
        var page = Path.Combine(_content.Templates, "site", "document.sbn");
        File.WriteAllText(page, "{{ func deeper }}{{ deeper }}{{ end }}{{ deeper }}" + File.ReadAllText(page));

        var (exitCode, diagnostics) = CheckAndBuild();

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains(diagnostics, d => d.Contains("document.sbn", StringComparison.Ordinal) && d.Contains("error SG4001: the template reached a limit", StringComparison.Ordinal));
    }
}

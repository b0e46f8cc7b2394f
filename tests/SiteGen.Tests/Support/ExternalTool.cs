using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// Runs a validator or browser the test suite depends on. A missing tool fails the test (never a skip):
/// <c>tests/run</c> installs every tool, so a missing one is a broken installation.
/// </summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>The path of a required file (a jar, a binary), or a failure that says how to install it.</summary>
    public static string Require(string path, string installHint)
    {
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: {installHint}. Run the suite with tests/run, which installs it.");
        }

        return path;
    }

    public static Result Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} did not finish within {timeout}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}

using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The command-line program as a user runs it: a real process, its output and its exit code.</summary>
public sealed class ProcessTests
{
    private static ExternalTool.Result Run(params string[] arguments) =>
        ExternalTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), .. arguments], TimeSpan.FromMinutes(2));

    [Fact]
    public void Wrong_usage_exits_two_with_a_message_and_no_stack_trace()
    {
        var result = Run("build", "--formats", "nonsense");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: Cannot parse argument 'nonsense'", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_help_and_the_program_a_version()
    {
        foreach (var command in new[] { "build", "serve", "check", "model" })
        {
            var help = Run(command, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Usage:", help.StandardOutput, StringComparison.Ordinal);
        }

        var version = Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StandardOutput);
    }

    [Fact]
    public void Check_of_a_missing_file_exits_two()
    {
        var result = Run("check", "no/such/file.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no/such/file.md(1,1): error SG1001: file not found", result.StandardOutput, StringComparison.Ordinal);
    }
}

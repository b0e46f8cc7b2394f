using System.Diagnostics;
using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// One build per output folder, Ctrl-C and unusable output folders, as a user meets them: real processes, their
/// messages and exit codes (issue 15, "Two builds into one output folder", "Publishing is not atomic").
/// </summary>
public sealed class OutputFolderProcessTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll");

    private ProcessStartInfo Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _content.Root,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])[Cli, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private ExternalTool.Result Run(params string[] arguments) =>
        ExternalTool.Run("dotnet", [Cli, .. arguments], TimeSpan.FromMinutes(2), workingDirectory: _content.Root);

    [Fact]
    public void A_build_while_serve_holds_the_output_folder_is_refused_with_the_holder_s_process_id()
    {
        using var serve = Process.Start(Start("serve", "--port", "0"))!;
        try
        {
            var line = serve.StandardOutput.ReadLine();
            while (line is not null && !line.StartsWith("serving ", StringComparison.Ordinal))
            {
                line = serve.StandardOutput.ReadLine();
            }

            Assert.NotNull(line);
            var result = Run("build");

            Assert.Equal(4, result.ExitCode);
            Assert.Contains($"another build is writing output/ (pid {serve.Id})", result.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }

        // The lock goes with the process, however it ended.
        Assert.Equal(0, Run("build").ExitCode);
    }

    [Fact]
    public async Task Ctrl_c_during_a_build_says_build_cancelled_exits_130_and_leaves_the_previous_site_and_no_generation()
    {
        Assert.Equal(0, Run("build").ExitCode);
        var before = TempContent.Published(Path.Combine(_content.Root, "output"));
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Long resolution", 20_000);

        using var build = Process.Start(Start("build"))!;
        var output = build.StandardOutput.ReadToEndAsync();
        // Interrupted once it is writing its new generation.
        var generation = Path.Combine(_content.Root, "output", ".generations", "000002");
        for (var waited = 0; !Directory.Exists(generation) && !build.HasExited; waited += 20)
        {
            Assert.True(waited < 60_000, "the build never started its generation");
            await Task.Delay(20);
        }

        using (var signal = Process.Start("kill", ["-INT", build.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            signal.WaitForExit();
        }

        Assert.True(build.WaitForExit(TimeSpan.FromMinutes(1)));
        var printed = await output;
        Assert.Equal(130, build.ExitCode);
        Assert.Contains("build cancelled", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.Equal(before, TempContent.Published(Path.Combine(_content.Root, "output")));
        Assert.Equal(["000001"], TempContent.Generations(Path.Combine(_content.Root, "output")));
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_an_error_with_exit_code_three_and_no_stack_trace()
    {
        File.WriteAllText(Path.Combine(_content.Root, "afile"), "not a folder");

        var result = Run("build", "--out", "afile");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error SG5003", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_by_a_user_who_cannot_write_the_output_folder_exits_three_and_leaves_the_site_as_it_was()
    {
        Assert.Equal(0, Run("build").ExitCode);
        var output = Path.Combine(_content.Root, "output");
        var before = TempContent.Published(output);

        // The output folder and its lock are the test's user's (root's): not another user's to write.
        var result = RunAsAnotherUser([output], "build");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("output(1,1): error SG5003: the output folder cannot be written: Access to the path ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("/output/.lock' is denied.", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TempContent.Published(output));
    }

    [Fact]
    public void A_build_that_may_take_the_lock_but_not_write_a_generation_exits_three_and_publishes_nothing()
    {
        Assert.Equal(0, Run("build").ExitCode);
        var output = Path.Combine(_content.Root, "output");
        var before = TempContent.Published(output);
        File.AppendAllText(_content.SeedSource, "\n");
        var generations = Path.Combine(output, ".generations");

        // The output folder and its lock are the other user's; the folder of the generations is not.
        if (Environment.IsPrivilegedProcess)
        {
            foreach (var path in (string[])[output, Path.Combine(output, ".lock")])
            {
                Assert.Equal(0, ExternalTool.Run("chown", ["65534:65534", path], TimeSpan.FromSeconds(30)).ExitCode);
            }
        }

        var result = RunAsAnotherUser([generations], "build");

        Assert.Equal(3, result.ExitCode);
        Assert.Matches(@"output\(1,1\): error SG5003: the output could not be written, nothing was published: Access to the path '.*/\.generations/000002' is denied", result.StandardOutput);
        Assert.Contains("is as it was before this build", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TempContent.Published(output));
        Assert.Equal(["000001"], TempContent.Generations(output));
    }

    /// <summary>
    /// Runs the command as a user who may not write <paramref name="readOnly"/>. When the tests run as root (who may
    /// write anything), that is the unprivileged user nobody, through setpriv, and the folders are root's already;
    /// otherwise it is the test's own user, and the folders lose their write permission while the command runs.
    /// The content stays readable by every user.
    /// </summary>
    private ExternalTool.Result RunAsAnotherUser(string[] readOnly, params string[] arguments)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("users and file modes are tried where the tests run: on Linux");
        }

        if (!Environment.IsPrivilegedProcess)
        {
            var modes = readOnly.ToDictionary(folder => folder, File.GetUnixFileMode);
            try
            {
                foreach (var folder in readOnly)
                {
                    File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
                }

                return Run(arguments);
            }
            finally
            {
                foreach (var (folder, mode) in modes)
                {
                    File.SetUnixFileMode(folder, mode);
                }
            }
        }

        var setpriv = ExternalTool.Require("/usr/bin/setpriv", "apt-get install util-linux");
        File.SetUnixFileMode(_content.Root, (UnixFileMode)0b111_101_101);
        return ExternalTool.Run(
            setpriv,
            ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Cli, .. arguments],
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() },
            _content.Root);
    }
}

using System.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// Builds killed with SIGKILL at random moments, during first, incremental and <c>--clean</c> builds: after every
/// kill the published site is, file for file, either the site before that build or the site a clean build of the
/// current content makes, never a mix or a cut-off file; and the next build that runs to its end publishes exactly
/// what a clean build does (issue 15, "Publishing is not atomic"). Bounded: 50 kills of small builds.
/// SITEGEN_CHAOS_KILLS sets another number, SITEGEN_CHAOS_SEED another sequence.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Output => Path.Combine(_content.Root, "output");

    private string Site => Path.Combine(Output, "site");

    [Fact]
    public void Fifty_builds_killed_at_random_moments_never_leave_a_mixed_or_cut_off_site()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_CHAOS_KILLS"), out var k) ? k : 50;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_CHAOS_SEED"), out var s) ? s : 15;
        var random = new Random(seed);
        for (var i = 1; i <= 6; i++)
        {
            GeneratedDocument.Write(_content.Content, $"A/79/L.{i}", $"Resolution {i}", 40);
        }

        // The two versions of the content the builds switch between, and the site a clean build makes of each.
        var changed = Path.Combine(_content.Content, "A-79-L.3", "en.md");
        var variants = new[] { File.ReadAllText(changed), File.ReadAllText(changed).Replace("is in force", "remains in force", StringComparison.Ordinal) };
        var expected = variants.Select((text, v) => { File.WriteAllText(changed, text); return CleanSite($"clean{v}"); }).ToArray();
        var current = 0;
        File.WriteAllText(changed, variants[current]);

        // How long an uninterrupted build takes here: the kills fall anywhere from its start to a little after its end.
        var timer = Stopwatch.StartNew();
        Assert.Equal(0, Run(["build"]).ExitCode);
        var duration = (int)timer.ElapsedMilliseconds;
        log.WriteLine($"an uninterrupted build takes {duration} ms");

        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var kill = 1; kill <= kills; kill++)
        {
            // Incremental and --clean builds are killed over a published site: one is made first if a kill left none.
            if (kill % 5 != 0 && !Directory.Exists(Site))
            {
                Assert.Equal(0, Run(["build"]).ExitCode);
            }

            var before = Published();
            // One kill in five during a first build (into an empty output folder), the others over a published site.
            var kind = kill % 5 == 0 ? "first build" : kill % 2 == 1 ? "incremental build" : "--clean build";
            if (kind == "first build")
            {
                if (Directory.Exists(Output))
                {
                    Directory.Delete(Output, recursive: true);
                }

                before = [];
            }
            else if (kind == "incremental build")
            {
                current = 1 - current;
                File.WriteAllText(changed, variants[current]);
            }

            var delay = random.Next(100, duration + 200);
            var (exited, generations) = RunAndKill(kind == "--clean build" ? ["build", "--clean"] : ["build"], delay);
            var after = Published();
            var state = after.Count == 0 ? "no site yet"
                : Same(after, expected[current]) ? "the new site"
                : Same(after, before) ? "the previous site"
                : null;
            log.WriteLine($"kill {kill}: {kind} killed after {delay} ms ({(exited ? "it had finished" : $"{generations} generation(s) on disk")}): {state ?? "A MIXED SITE"}");
            Assert.True(state is not null, $"kill {kill} ({kind}, {delay} ms, seed {seed}) left a site that is neither the previous one nor the new one");
            Assert.True(after.Count > 0 || before.Count == 0, $"kill {kill} ({kind}) left no site where there was one");
            outcomes[state] = outcomes.GetValueOrDefault(state) + 1;
        }

        log.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Value} × {o.Key}")));
        var finished = Run(["build"]);
        Assert.Equal(0, finished.ExitCode);
        Assert.Equal(expected[current], Published());
        Assert.Equal(0, Run(["build"]).ExitCode);
        Assert.Equal(expected[current], Published());
    }

    private SortedDictionary<string, string> Published() => TempContent.Snapshot(Site);

    private static bool Same(SortedDictionary<string, string> site, SortedDictionary<string, string> other) =>
        site.Count == other.Count && site.All(file => other.TryGetValue(file.Key, out var hash) && hash == file.Value);

    private SortedDictionary<string, string> CleanSite(string name)
    {
        var output = Path.Combine(_content.Root, name);
        var diagnostics = new DiagnosticBag();
        Assert.True(new EditionBuilder().Build(_content.Options(output) with { Incremental = false }, diagnostics).Published, string.Join("\n", diagnostics.Items));
        return TempContent.Snapshot(Path.Combine(output, "site"));
    }

    private ProcessStartInfo Start(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _content.Root };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private ExternalTool.Result Run(string[] arguments) =>
        ExternalTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), .. arguments], TimeSpan.FromMinutes(2), workingDirectory: _content.Root);

    /// <summary>Starts a build and kills it (SIGKILL) after the delay, unless it finished first.</summary>
    private (bool Exited, int Generations) RunAndKill(string[] arguments, int delay)
    {
        using var process = Process.Start(Start(arguments))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExit(delay);
        var generations = Directory.Exists(Path.Combine(Output, ".generations")) ? Directory.GetDirectories(Path.Combine(Output, ".generations")).Length : 0;
        if (!exited)
        {
            process.Kill();
        }

        process.WaitForExit();
        return (exited, generations);
    }
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;

namespace SiteGen.Benchmarks;

/// <summary>
/// How the stages are measured on a small machine shared with other work (2 cores): BenchmarkDotNet's default job
/// (one process, adaptive warm-up and iteration count until the mean is stable), with the iteration count capped so
/// that a noisy neighbour cannot stretch one stage to a hundred iterations. The cap is a mutator, so a job chosen on
/// the command line (<c>--job short</c> for a smoke run) is used as it is, not added to this one. Rows keep the
/// pipeline's order. The default exporters include the GitHub-flavoured table that bench/stages.sh prints.
/// </summary>
internal static class StagesConfig
{
    private const int MaximumIterations = 40;

    public static IConfig Create(RepositoryPaths paths) => DefaultConfig.Instance
        .AddJob(Job.Default.WithMaxIterationCount(MaximumIterations).AsMutator())
        .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
        .WithArtifactsPath(paths.Artifacts);
}

namespace SiteGen.Benchmarks;

/// <summary>
/// The repository's folders the benchmarks read: <c>content/</c>, <c>templates/</c> and the folder for
/// BenchmarkDotNet's results. The root is the folder holding <see cref="Marker"/>, found by walking up from the
/// program's own folder; the host publishes it in <see cref="Variable"/>, which the child processes that
/// BenchmarkDotNet starts (from a generated project in another folder) inherit and read first.
/// </summary>
internal sealed record RepositoryPaths(string Root)
{
    public const string Variable = "SITEGEN_REPOSITORY";

    private const string Marker = "SiteGen.sln";

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    /// <summary>Where BenchmarkDotNet writes its logs and reports: ignored by git, like the other benchmarks' work.</summary>
    public string Artifacts => Path.Combine(Root, "bench", ".work", "stages");

    public static RepositoryPaths Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } published)
        {
            return Directory.Exists(published) && File.Exists(Path.Combine(published, Marker))
                ? new RepositoryPaths(published)
                : throw new DirectoryNotFoundException($"{Variable}={published} is not a SiteGen repository (no {Marker})");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)))
                {
                    return new RepositoryPaths(folder.FullName);
                }
            }
        }

        throw new DirectoryNotFoundException($"no {Marker} above {AppContext.BaseDirectory}; set {Variable} to the repository's folder");
    }
}

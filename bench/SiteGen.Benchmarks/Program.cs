using BenchmarkDotNet.Running;
using SiteGen.Benchmarks;

// dotnet run -c Release --project bench/SiteGen.Benchmarks -- --filter '*'   (any BenchmarkDotNet option)
var paths = RepositoryPaths.Find();

// BenchmarkDotNet finds this project from the current directory (up to SiteGen.sln, then down) to build the child
// process it measures in; that process, started elsewhere, finds the repository through the variable.
Directory.SetCurrentDirectory(paths.Root);
Environment.SetEnvironmentVariable(RepositoryPaths.Variable, paths.Root);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, StagesConfig.Create(paths));

// A benchmark that failed to build or run shows as NA in the table; say so in the exit code too.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

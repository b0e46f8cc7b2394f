using System.CommandLine;
using System.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Publishing;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>build [--content DIR] [--templates DIR] [--out DIR] [--base-url URL] [--formats …] [--clean] [--keep-going] [--no-search]</c>: builds every
/// document of the content folder into the output folder, then prints one summary line per document it rendered
/// and a closing line with the time taken and the pages per second. Documents unchanged since the last build keep
/// their published files (and are only counted) unless <c>--clean</c> is given.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "The templates folder.", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "The output folder; the site is published in its site/ folder.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The absolute address the site is published at (overrides sitegen.yml)." };
        var formats = new Option<OutputFormats[]>("--formats")
        {
            Description = "What to write: Site, Epub, Model (all three by default; a page links only the files the build writes).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [OutputFormats.All],
        };
        var clean = new Option<bool>("--clean") { Description = "Render every document again, even those unchanged since the last build." };
        var noSearch = new Option<bool>("--no-search") { Description = "Publish the site without its search index (a faster build, for previews)." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took, on the clock and in processor time." };
        var keepGoing = new Option<bool>("--keep-going")
        {
            Description = "Publish every good document even if others have errors: a failed one keeps its last good edition or is left out (exit code 1 all the same).",
        };
        var command = new Command("build", "Build the edition (website, e-books, models) from the content folder into the output folder.")
        {
            content, templates, output, baseUrl, formats, clean, noSearch, timings, keepGoing,
        };
        command.SetAction(result =>
        {
            using var interruption = new Interruption();
            return Run(
                new BuildOptions(
                    result.GetValue(content)!,
                    result.GetValue(templates)!,
                    result.GetValue(output)!,
                    SiteConfiguration.FileName,
                    result.GetValue(baseUrl),
                    result.GetValue(formats)!.Aggregate((OutputFormats)0, (all, format) => all | format),
                    Incremental: !result.GetValue(clean),
                    KeepGoing: result.GetValue(keepGoing),
                    Search: !result.GetValue(noSearch)),
                Console.Out,
                interruption.Token,
                result.GetValue(timings));
        });
        return command;
    }

    /// <summary>Builds while holding the output folder's lock; the exit code of README's "Exit codes".</summary>
    public static int Run(BuildOptions options, TextWriter output, CancellationToken cancellation = default, bool timings = false)
    {
        OutputLock? held;
        int? holder;
        try
        {
            held = OutputLock.TryTake(options.OutputDirectory, out holder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"{options.OutputDirectory}(1,1): error {DiagnosticCatalog.OutputNotWritten.Code}: the output folder cannot be written: {exception.Message}");
            return ExitCodes.OutputNotWritten;
        }

        if (held is null)
        {
            output.WriteLine($"error: {Busy(options.OutputDirectory, holder)}");
            return ExitCodes.OutputBusy;
        }

        using (held)
        {
            return RunHeld(options, output, cancellation, timings);
        }
    }

    /// <summary>What is said when another process holds an output folder's lock.</summary>
    public static string Busy(string outputDirectory, int? holder) =>
        $"another build is writing {Path.TrimEndingDirectorySeparator(outputDirectory)}/ ({(holder is { } pid ? $"pid {pid}" : "its process id unknown")}); try again when it has finished";

    /// <summary>Builds, once the output folder is this process's to write.</summary>
    internal static int RunHeld(BuildOptions options, TextWriter output, CancellationToken cancellation, bool timings = false)
    {
        var diagnostics = new DiagnosticBag();
        var timer = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = new EditionBuilder().Build(options, diagnostics, cancellation);
        }
        catch (OperationCanceledException)
        {
            output.WriteLine($"build cancelled; {Path.Combine(options.OutputDirectory, "site")} is as it was before this build");
            return ExitCodes.Cancelled;
        }

        var elapsed = timer.Elapsed;
        DiagnosticPrinter.Print(diagnostics.Items, output);
        if (timings)
        {
            foreach (var stage in result.Stages)
            {
                output.WriteLine($"stage {stage.Stage}: {stage.Elapsed.TotalMilliseconds:F1} ms, processor {stage.ProcessorTime.TotalMilliseconds:F1} ms, allocated {stage.AllocatedBytes / 1e6:F1} MB, {stage.Collections} collection(s)");
            }
        }

        foreach (var summary in result.Documents.Where(d => !d.Unchanged))
        {
            output.WriteLine(summary.ToString());
        }

        if (!result.Published)
        {
            output.WriteLine($"build failed with {diagnostics.ErrorCount} error(s); {result.SiteDirectory} is as it was before this build");
            return Math.Max(ExitCodes.Of(diagnostics.Items), ExitCodes.ContentErrors);
        }

        foreach (var failure in result.Failures)
        {
            output.WriteLine(failure.ToString());
        }

        var unchanged = result.Documents.Count(d => d.Unchanged);
        var rate = unchanged == 0 && elapsed > TimeSpan.Zero
            ? $"{result.Documents.Count / elapsed.TotalSeconds:F0} pages/s"
            : $"{result.Documents.Count - unchanged} rendered, {unchanged} unchanged";
        output.WriteLine($"published {result.Documents.Count} document(s) to {result.SiteDirectory} in {elapsed.TotalSeconds:F2} s ({rate})");
        if (diagnostics.HasErrors)
        {
            // A build that kept going: the good documents are published, and the errors still fail the command.
            output.WriteLine($"{diagnostics.ErrorCount} error(s): {result.Failures.Count} document(s) not built");
            return Math.Max(ExitCodes.Of(diagnostics.Items), ExitCodes.ContentErrors);
        }

        return ExitCodes.Success;
    }
}

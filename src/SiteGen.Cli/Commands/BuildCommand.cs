using System.CommandLine;
using System.Diagnostics;
using SiteGen.Core.Build;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>build [--content DIR] [--templates DIR] [--out DIR] [--base-url URL] [--formats …] [--clean]</c>: builds every
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
            Description = "What to write: Site, Epub, Model (all three by default; without Epub the pages' e-book links lead nowhere).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [OutputFormats.All],
        };
        var clean = new Option<bool>("--clean") { Description = "Render every document again, even those unchanged since the last build." };
        var command = new Command("build", "Build the edition (website, e-books, models) from the content folder into the output folder.")
        {
            content, templates, output, baseUrl, formats, clean,
        };
        command.SetAction((result, cancellation) => Task.FromResult(Run(
            new BuildOptions(
                result.GetValue(content)!,
                result.GetValue(templates)!,
                result.GetValue(output)!,
                SiteConfiguration.FileName,
                result.GetValue(baseUrl),
                result.GetValue(formats)!.Aggregate((OutputFormats)0, (all, format) => all | format),
                Incremental: !result.GetValue(clean)),
            Console.Out,
            cancellation)));
        return command;
    }

    public static int Run(BuildOptions options, TextWriter output, CancellationToken cancellation = default)
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
            output.WriteLine("build cancelled; the previous output is untouched");
            return ExitCodes.ContentErrors;
        }

        var elapsed = timer.Elapsed;
        DiagnosticPrinter.Print(diagnostics.Items, output);
        foreach (var summary in result.Documents.Where(d => !d.Unchanged))
        {
            output.WriteLine(summary.ToString());
        }

        if (!result.Published)
        {
            output.WriteLine($"build failed with {diagnostics.ErrorCount} error(s); {result.SiteDirectory} is untouched");
            return diagnostics.Items.Any(d => d.Code.StartsWith("SG1", StringComparison.Ordinal)) ? ExitCodes.UnusableInput : ExitCodes.ContentErrors;
        }

        var unchanged = result.Documents.Count(d => d.Unchanged);
        var rate = unchanged == 0 && elapsed > TimeSpan.Zero
            ? $"{result.Documents.Count / elapsed.TotalSeconds:F0} pages/s"
            : $"{result.Documents.Count - unchanged} rendered, {unchanged} unchanged";
        output.WriteLine($"published {result.Documents.Count} document(s) to {result.SiteDirectory} in {elapsed.TotalSeconds:F2} s ({rate})");
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>check FILE|DIR</c>: prints the diagnostics of one source file, or of every document of a content folder.
/// Exit 0 without errors, 1 with errors, 2 for unusable input.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A source file, or a content folder with document.yml files." };
        var command = new Command("check", "Print the diagnostics of a source file or a content folder.") { path };
        command.SetAction(result => Run(result.GetValue(path)!, Console.Out));
        return command;
    }

    public static int Run(string path, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var unusable = false;
        if (Directory.Exists(path))
        {
            var sources = ContentLoader.Load(path, diagnostics);
            if (sources.Count == 0 && !diagnostics.HasErrors)
            {
                output.WriteLine($"{path}: error SG1001: no {ContentLoader.MetadataFileName} found in this folder");
                return ExitCodes.UnusableInput;
            }

            foreach (var document in sources)
            {
                var source = SourceLoader.Load(document.SourcePath, diagnostics, document.DisplayPath);
                if (source is null)
                {
                    unusable = true;
                    continue;
                }

                DocumentModeller.Model(source, document.Metadata, diagnostics);
            }
        }
        else
        {
            var source = SourceLoader.Load(path, diagnostics);
            if (source is null)
            {
                unusable = true;
            }
            else
            {
                var language = Core.Parsing.LanguageConventions.DetectLanguage(source.Text);
                DocumentModeller.Model(source, DocumentMetadata.ForLooseFile(language), diagnostics);
            }
        }

        DiagnosticPrinter.Print(diagnostics.Items, output);
        var errors = diagnostics.ErrorCount;
        var warnings = diagnostics.Items.Count - errors;
        output.WriteLine($"{errors} error(s), {warnings} warning(s)");
        return unusable ? ExitCodes.UnusableInput : ExitCodes.Of(diagnostics.Items);
    }
}

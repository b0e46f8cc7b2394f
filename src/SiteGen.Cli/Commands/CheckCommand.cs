using System.CommandLine;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>check FILE|DIR [--templates DIR]</c>: prints the diagnostics of one source file, or of every document of a
/// content folder. A content folder is checked by the build itself, every stage but publishing (its files are
/// written into a scratch folder that goes afterwards), so <c>check</c> reports exactly what <c>build</c> would,
/// with the same exit code. Exit 0 without errors, 1 with errors, 2 for unusable input.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A source file, or a content folder with document.yml files." };
        var templates = new Option<string>("--templates") { Description = "The templates folder a content folder is built with.", DefaultValueFactory = _ => "templates" };
        var command = new Command("check", "Print the diagnostics of a source file or a content folder.") { path, templates };
        command.SetAction(result => Run(result.GetValue(path)!, Console.Out, result.GetValue(templates)!));
        return command;
    }

    /// <summary>Checks a source file, or a content folder built with these templates and configuration file.</summary>
    public static int Run(string path, TextWriter output, string templates = "templates", string configuration = SiteConfiguration.FileName)
    {
        var diagnostics = new DiagnosticBag();
        var unusable = false;
        if (Directory.Exists(path))
        {
            if (!ContentLoader.HasMetadataFiles(path))
            {
                output.WriteLine($"{path}: error SG1001: no {ContentLoader.MetadataFileName} found in this folder");
                return ExitCodes.UnusableInput;
            }

            var scratch = Directory.CreateTempSubdirectory("sitegen-check-");
            try
            {
                new EditionBuilder().Build(new BuildOptions(path, templates, scratch.FullName, configuration, Incremental: false, Publish: false), diagnostics);
            }
            finally
            {
                scratch.Delete(recursive: true);
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

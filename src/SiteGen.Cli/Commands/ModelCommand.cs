using System.CommandLine;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.Publishing;

namespace SiteGen.Cli.Commands;

/// <summary><c>model FILE [--lang CODE]</c>: prints the content model of one source file as JSON.</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The source text of one language version." };
        var language = new Option<string?>("--lang") { Description = "Its language (zh-Hans, en, …); detected from the text when not given." };
        var command = new Command("model", "Print the content model of one source file as JSON.") { file, language };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(language), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string file, string? language, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var source = SourceLoader.Load(file, diagnostics);
        if (source is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items, error);
            return ExitCodes.UnusableInput;
        }

        if (!TryLanguage(language, source, error, out var tag))
        {
            return ExitCodes.UnusableInput;
        }

        var document = DocumentModeller.Model(source, DocumentMetadata.ForLooseFile(tag), diagnostics);
        using var stream = new MemoryStream();
        ModelJsonWriter.Write(document, diagnostics.Items, stream);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    internal static bool TryLanguage(string? requested, SourceText source, TextWriter error, out string tag)
    {
        if (requested is null)
        {
            tag = LanguageConventions.DetectLanguage(source.Text);
            return true;
        }

        if (UnLanguage.TryFind(requested, out var language))
        {
            tag = language.Tag;
            return true;
        }

        error.WriteLine($"error: --lang {requested} is not a UN language (ar, zh-Hans, en, fr, ru, es)");
        tag = "";
        return false;
    }
}

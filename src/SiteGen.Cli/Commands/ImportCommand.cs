using System.CommandLine;
using System.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Importing;
using SiteGen.Core.Loading;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>import FILE.pdf [--content DIR]</c>: makes a document folder from an official UN PDF, then checks its text
/// as <c>check</c> would. Exit 2 when the PDF cannot be imported or the folder exists, 3 when the folder cannot be
/// written, 1 when the imported text has errors (the folder is written, to be corrected), 0 otherwise.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An official UN PDF (one language version)." };
        var content = new Option<string>("--content") { Description = "The content folder to add the document to.", DefaultValueFactory = _ => "content" };
        var command = new Command("import", "Make a document folder from the official PDF of a UN document.") { file, content };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(content)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string file, string contentDirectory, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var document = PdfImporter.Import(file, diagnostics);
        var unwritable = false;
        var folder = document is null ? null : DocumentFolderWriter.Write(document, contentDirectory, Path.GetFileName(file), diagnostics, out unwritable);
        if (document is null || folder is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items, error);
            return unwritable ? ExitCodes.OutputNotWritten : ExitCodes.UnusableInput;
        }

        var sourcePath = Path.Combine(folder, $"{document.Language}.md");
        var source = SourceLoader.Load(sourcePath, diagnostics)!;
        var model = DocumentModeller.Model(source, document.Metadata, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, error);
        output.WriteLine($"{document.Symbol} ({document.Language}, {document.Pages} pages) → {folder}: {model.Preamble.Length} preambular and {model.Operative.Length} operative paragraphs, {model.Footnotes.Length} notes, {clock.ElapsedMilliseconds} ms");
        return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}

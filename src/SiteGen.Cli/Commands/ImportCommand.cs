using System.CommandLine;
using System.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Importing;
using SiteGen.Core.Loading;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>import FILE.pdf... [--content DIR]</c>: makes a document folder from each official UN PDF, then checks its
/// text as <c>check</c> would. One file that cannot be imported does not stop the others. Exit 3 when a folder
/// cannot be written, else 2 when a PDF cannot be imported or its folder exists, else 1 when an imported text has
/// errors (the folder is written, to be corrected), 0 otherwise.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Official UN PDFs (one language version each).", Arity = ArgumentArity.OneOrMore };
        var content = new Option<string>("--content") { Description = "The content folder to add the documents to.", DefaultValueFactory = _ => "content" };
        var command = new Command("import", "Make a document folder from the official PDF of each UN document.") { files, content };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(content)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Imports each file in turn; the exit code is the gravest of theirs.</summary>
    public static int Run(IReadOnlyList<string> files, string contentDirectory, TextWriter output, TextWriter error)
    {
        int[] gravity = [ExitCodes.Success, ExitCodes.ContentErrors, ExitCodes.UnusableInput, ExitCodes.OutputNotWritten];
        var codes = files.Select(file => Run(file, contentDirectory, output, error)).ToList();
        return codes.MaxBy(code => Array.IndexOf(gravity, code));
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

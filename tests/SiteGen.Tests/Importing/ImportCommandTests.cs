using SiteGen.Cli;
using SiteGen.Cli.Commands;

namespace SiteGen.Tests.Importing;

/// <summary>
/// <c>import</c> at the command line: a document folder for a UN PDF; for a file that cannot be imported, one
/// diagnostic naming the file, exit code 2 (README, "Exit codes"), no stack trace and nothing written.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Content => Path.Combine(_folder, "content");

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private (int Code, string Output, string Error) Run(string file)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ImportCommand.Run(file, Content, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Import_writes_the_metadata_and_the_source_of_a_made_French_resolution()
    {
        var pdf = Write("A_RES_99_1-FR.pdf", MadePdfImportTests.FrenchResolution());

        var (code, output, error) = Run(pdf);

        Assert.Contains("A/RES/99/1 (fr, 3 pages) → ", output, StringComparison.Ordinal);
        var folder = Path.Combine(Content, "A-RES-99-1");
        Assert.Equal(
            """
            # Imported from A_RES_99_1-FR.pdf: the first page's masthead.
            symbol: A/RES/99/1
            body: General Assembly
            distribution: general
            # The date printed under the distribution line; the edition's modification date.
            date: 2024-12-03
            versions:
              - language: fr
                source: fr.md

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(folder, "document.yml")));
        Assert.StartsWith("Soixante-dix-neuvième session\n\n", File.ReadAllText(Path.Combine(folder, "fr.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.True(code is ExitCodes.Success or ExitCodes.ContentErrors, $"exit {code}: {error}");
    }

    [Fact]
    public void A_second_import_of_the_same_document_is_refused_and_leaves_the_folder_as_it_was()
    {
        var pdf = Write("made.pdf", MadePdfImportTests.FrenchResolution());
        Run(pdf);
        var source = Path.Combine(Content, "A-RES-99-1", "fr.md");
        File.WriteAllText(source, "edited");

        var (code, _, error) = Run(pdf);

        Assert.Equal(ExitCodes.UnusableInput, code);
        Assert.Contains("error SG1105:", error, StringComparison.Ordinal);
        Assert.Equal("edited", File.ReadAllText(source));
    }

    [Fact]
    public void Several_files_are_imported_in_one_command_and_one_that_cannot_be_does_not_stop_the_others()
    {
        var missing = Path.Combine(_folder, "missing.pdf");
        var pdf = Write("A_RES_99_1-FR.pdf", MadePdfImportTests.FrenchResolution());
        var output = new StringWriter();
        var error = new StringWriter();

        var parsed = ImportCommand.Create().Parse([missing, pdf, "--content", Content]);
        var code = ImportCommand.Run(parsed.GetValue<string[]>("FILE")!, parsed.GetValue<string>("--content")!, output, error);

        Assert.Empty(parsed.Errors);
        Assert.Equal(ExitCodes.UnusableInput, code);
        Assert.StartsWith($"{missing}(1,1): error SG1001: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("A/RES/99/1 (fr, 3 pages) → ", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Content, "A-RES-99-1", "fr.md")));
    }

    public static TheoryData<string, string> Unimportable => new()
    {
        { "missing", "SG1001" },
        { "text", "SG1101" },
        { "truncated", "SG1101" },
        { "encrypted", "SG1102" },
        { "drawing", "SG1103" },
        { "letter", "SG1104" },
    };

    [Theory]
    [MemberData(nameof(Unimportable))]
    public void A_file_that_cannot_be_imported_gets_one_error_and_exit_code_2(string kind, string code)
    {
        var path = kind switch
        {
            "missing" => Path.Combine(_folder, "missing.pdf"),
            "text" => Write("text.pdf", "Not a PDF at all.\n"u8.ToArray()),
            "truncated" => Write("truncated.pdf", MadePdfImportTests.FrenchResolution()[..400]),
            "encrypted" => OfficialPdfImportTests.PdfPath("encrypted.pdf"),
            "drawing" => Write("drawing.pdf", new MadePdf().Page().Drawing().Build()),
            _ => Write("letter.pdf", new MadePdf().Page().Line(72, 700, 12, "A letter that is not a UN document.").Build()),
        };

        var (exit, output, error) = Run(path);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}(1,1): error {code}: ", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Content) && Directory.EnumerateFileSystemEntries(Content).Any(), "nothing is written");
    }

    [Fact]
    public void A_content_folder_that_is_a_file_gets_one_error_and_exit_code_3()
    {
        var pdf = Write("made.pdf", MadePdfImportTests.FrenchResolution());
        File.WriteAllText(Content, "a file where the content folder should be");

        var (code, output, error) = Run(pdf);

        Assert.Equal(ExitCodes.OutputNotWritten, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("error SG1106:", line, StringComparison.Ordinal);
        Assert.Equal("a file where the content folder should be", File.ReadAllText(Content));
    }
}

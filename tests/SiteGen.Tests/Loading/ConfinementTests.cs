using System.Diagnostics;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Loading;

/// <summary>
/// The content stays inside content/: links out of it, loops of links, FIFOs, names with control characters and
/// colliding paths are errors at their place, the same in check and build, never a crash or a hang (issue 15,
/// "Confinement is lexical only", "Hangs", "Crashes with stack traces").
/// </summary>
public sealed class ConfinementTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Metadata(string folder) => Path.Combine(_content.Content, folder, "document.yml");

    /// <summary>A second document (symbol A/C.3/79/L.77) in its own folder, whose source is <paramref name="source"/>.</summary>
    private string AddDocument(string folder, string source = "zh.md", string symbol = "A/C.3/79/L.77")
    {
        Directory.CreateDirectory(Path.Combine(_content.Content, folder));
        File.WriteAllText(Metadata(folder), File.ReadAllText(Metadata("A-C.3-79-L.34"))
            .Replace("symbol: A/C.3/79/L.34", $"symbol: {symbol}", StringComparison.Ordinal)
            .Replace("source: zh-Hans.md", $"source: \"{source}\"", StringComparison.Ordinal));
        return Path.Combine(_content.Content, folder);
    }

    /// <summary>Builds and checks the content: both fail with the same single error and the same exit code.</summary>
    private Diagnostic BuildAndCheckFail(int exitCode)
    {
        var diagnostics = new DiagnosticBag();
        var timer = Stopwatch.StartNew();
        Assert.False(new EditionBuilder().Build(_content.Options(), diagnostics).Published);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30));
        var error = Assert.Single(diagnostics.Items, d => d.IsError);

        var built = new StringWriter();
        Assert.Equal(exitCode, BuildCommand.Run(_content.Options(), built));
        var checkedOutput = new StringWriter();
        Assert.Equal(exitCode, CheckCommand.Run(_content.Content, checkedOutput, _content.Templates, _content.Configuration));
        Assert.Contains(error.Message, checkedOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains(error.Message, built.ToString(), StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void A_source_linked_from_outside_the_content_folder_is_refused_at_its_name()
    {
        var folder = AddDocument("linked");
        File.CreateSymbolicLink(Path.Combine(folder, "zh.md"), _content.Configuration);

        var error = BuildAndCheckFail(ExitCodes.UnusableInput);

        Assert.Equal(("SG1004", Metadata("linked")), (error.Code, Path.GetFullPath(error.Path)));
        Assert.Contains("outside the content folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_linked_to_a_file_inside_the_content_folder_is_read()
    {
        var folder = AddDocument("linked");
        File.CreateSymbolicLink(Path.Combine(folder, "zh.md"), _content.SeedSource);

        var diagnostics = new DiagnosticBag();
        Assert.True(new EditionBuilder().Build(_content.Options(), diagnostics).Published, string.Join("\n", diagnostics.Items));
    }

    [Fact]
    public void A_source_that_is_a_loop_of_links_is_refused()
    {
        var folder = AddDocument("loop");
        File.CreateSymbolicLink(Path.Combine(folder, "zh.md"), "zh.md");

        Assert.Contains("loop of symbolic links", BuildAndCheckFail(ExitCodes.UnusableInput).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metadata_file_that_is_a_fifo_is_refused_without_waiting_for_it()
    {
        Directory.CreateDirectory(Path.Combine(_content.Content, "fifo"));
        using (var mkfifo = Process.Start("mkfifo", [Metadata("fifo")]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Contains("not a regular file", BuildAndCheckFail(ExitCodes.UnusableInput).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_name_with_a_nul_is_refused_and_printed_with_the_nul_shown()
    {
        AddDocument("nul", "a\\0b.md");

        var error = BuildAndCheckFail(ExitCodes.UnusableInput);

        Assert.Contains("\"a\\u0000b.md\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', error.Message);
    }

    [Fact]
    public void Links_to_folders_are_not_followed_out_of_the_content_folder_or_round_in_it()
    {
        var outside = Path.Combine(_content.Root, "elsewhere");
        AddDocument(Path.Combine("..", "elsewhere", "doc"), "zh-Hans.md");
        File.Copy(_content.SeedSource, Path.Combine(outside, "doc", "zh-Hans.md"));
        Directory.CreateSymbolicLink(Path.Combine(_content.Content, "out"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_content.Content, "d1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_content.Content, "d2"), ".");
        var diagnostics = new DiagnosticBag();
        var timer = Stopwatch.StartNew();

        var result = new EditionBuilder().Build(_content.Options(), diagnostics);

        Assert.True(result.Published, string.Join("\n", diagnostics.Items));
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(["A/C.3/79/L.34"], result.Documents.Select(d => d.Symbol));
    }

    [Fact]
    public void A_symbol_whose_folder_would_collide_with_another_document_s_page_is_refused_by_check_and_build()
    {
        AddDocument("collision", "zh-Hans.md", "A/C.3/79/L.34/index.html");
        File.Copy(_content.SeedSource, Path.Combine(_content.Content, "collision", "zh-Hans.md"));

        var error = BuildAndCheckFail(ExitCodes.UnusableInput);

        Assert.Equal(("SG1004", 2), (error.Code, error.Line));
    }

    [Fact]
    public void A_metadata_error_gives_the_same_exit_code_in_check_and_build()
    {
        File.WriteAllText(Metadata("A-C.3-79-L.34"), File.ReadAllText(Metadata("A-C.3-79-L.34")).Replace("date: 2024-11-20", "date: someday", StringComparison.Ordinal));

        Assert.Equal("SG1004", BuildAndCheckFail(ExitCodes.UnusableInput).Code);
    }
}

using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Check_of_the_seed_exits_zero_with_no_diagnostics()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, CheckCommand.Run(RepositoryPaths.SeedContent, output));
        Assert.EndsWith("0 error(s), 0 warning(s)", output.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_its_pages_per_second_and_then_what_it_kept()
    {
        using var content = new TempContent();
        var first = new StringWriter();
        var second = new StringWriter();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(content.Options(), first));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(content.Options(), second));

        Assert.Matches(@"A/C\.3/79/L\.34 \[zh-Hans\]: 93 units, 35 notes, 3 files, [\d,]+ bytes, \d+ ms", first.ToString());
        Assert.Matches(@"published 1 document\(s\) to .+ in \d+\.\d\d s \(\d+ pages/s\)", first.ToString());
        Assert.DoesNotContain("A/C.3/79/L.34 [zh-Hans]", second.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"published 1 document\(s\) to .+ in \d+\.\d\d s \(0 rendered, 1 unchanged\)", second.ToString());
    }

    [Fact]
    public void Check_of_the_content_folder_reads_the_metadata_and_exits_zero()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, CheckCommand.Run(RepositoryPaths.Content, output, RepositoryPaths.Templates, RepositoryPaths.Configuration));
    }

    [Fact]
    public void Check_of_a_missing_file_exits_two_without_a_stack_trace()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.UnusableInput, CheckCommand.Run(Path.Combine(_folder, "absent.md"), output));
        Assert.Contains("error SG1001: file not found", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_an_empty_file_exits_two()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.UnusableInput, CheckCommand.Run(Write("empty.md", "\n  \n"u8.ToArray()), output));
        Assert.Contains("empty.md(1,1): error SG1003: the file is empty", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_binary_file_exits_two()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.UnusableInput, CheckCommand.Run(Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), output));
        Assert.Contains("error SG1002: not a text file", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_source_with_a_missing_footnote_text_exits_one_with_file_line_and_column()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed).Replace("¹⁶ 见《大会正式记录，第六十八届会议", "见《大会正式记录，第六十八届会议", StringComparison.Ordinal);
        var path = Write("missing-note.md", System.Text.Encoding.UTF8.GetBytes(text));
        var output = new StringWriter();
        Assert.Equal(ExitCodes.ContentErrors, CheckCommand.Run(path, output));
        Assert.Contains("missing-note.md(115,87): error SG2001: footnote 16 is referenced here but has no text", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("missing-note.md(123,1): error SG2005: this block cannot be placed: it has no number or letter, and op2-a-i before it is complete", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Model_prints_the_json_schema_of_design_md()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, ModelCommand.Run(RepositoryPaths.SeedContent, null, output, new StringWriter()));
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal("zh-Hans", root.GetProperty("language").GetString());
        Assert.Equal("71(c)", root.GetProperty("preface").GetProperty("agendaItem").GetString());
        Assert.Equal(46, root.GetProperty("preface").GetProperty("sponsors").GetArrayLength());
        Assert.Equal(31, root.GetProperty("preamble").GetArrayLength());
        var op2 = root.GetProperty("operative")[1];
        Assert.Equal("op2-a", op2.GetProperty("children")[0].GetProperty("id").GetString());
        Assert.Equal("(三)", op2.GetProperty("children")[0].GetProperty("children")[2].GetProperty("label").GetString());
        Assert.Equal(35, root.GetProperty("footnotes").GetArrayLength());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Model_refuses_a_language_that_is_not_a_un_language()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.UnusableInput, ModelCommand.Run(RepositoryPaths.SeedContent, "de", new StringWriter(), error));
        Assert.Contains("--lang de is not a UN language", error.ToString(), StringComparison.Ordinal);
    }
}

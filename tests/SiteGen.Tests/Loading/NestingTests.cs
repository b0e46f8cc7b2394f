using System.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Loading;

/// <summary>
/// Sources and YAML files nested too deeply are refused before they are parsed, with a diagnostic at the place,
/// never a crash or a hang (issue 15, "Crashes with stack traces", "Hangs").
/// </summary>
public sealed class NestingTests
{
    private const string Opening = "Seventy-ninth session\n\nThe General Assembly,\n\n1. *Decides* that;\n\n";

    public static TheoryData<string, string, int> TooDeep => new()
    {
        { "block quotes", string.Concat(Enumerable.Repeat("> ", 128)) + "x\n", 65 },
        { "list markers", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n", 65 },
        { "brackets", new string('[', 50_000) + "x\n", 33 },
        { "indented list", string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- x\n")), 65 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void A_source_nested_too_deeply_is_refused_at_the_place_before_it_is_parsed(string name, string body, int column)
    {
        var diagnostics = new DiagnosticBag();
        var timer = Stopwatch.StartNew();

        Assert.Null(SourceLoader.FromBytes(System.Text.Encoding.UTF8.GetBytes(Opening + body), name, diagnostics));

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG1006", diagnostic.Code);
        Assert.Equal((7 + (name == "indented list" ? 32 : 0), column), (diagnostic.Line, diagnostic.Column));

        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"{name}: {timer.Elapsed}");
    }

    [Fact]
    public void A_note_number_past_the_largest_one_is_an_error_at_its_place_not_a_saturated_number()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(SourceLoader.FromBytes(System.Text.Encoding.UTF8.GetBytes(Opening + "2. *Notes* that¹ and that²¹⁴⁷⁴⁸³⁶⁴⁷;\n"), "notes.md", diagnostics));

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG1008", 7, 26), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("2,147,483,646", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_nested_as_UN_texts_are_read()
    {
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(SourceLoader.Load(RepositoryPaths.SeedContent, diagnostics));
        Assert.NotNull(SourceLoader.Load(SiteBuild.EnglishSamplePath, diagnostics));
        Assert.NotNull(SourceLoader.FromBytes(System.Text.Encoding.UTF8.GetBytes(Opening + "> - (a) [link](#) and [[note]]\n>   - (i) \\[ text\n"), "ok", diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_document_yml_nested_thousands_deep_is_an_error_at_its_place()
    {
        using var content = new TempContent();
        var metadata = Path.Combine(content.Content, "A-C.3-79-L.34", "document.yml");
        File.AppendAllText(metadata, "annex: " + new string('[', 100_000) + "\n");
        var diagnostics = new DiagnosticBag();

        Assert.False(new EditionBuilder().Build(content.Options(), diagnostics).Published);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG1004", File.ReadAllLines(metadata).Length), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("nests more than 32 levels", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sitegen_yml_nested_thousands_deep_in_blocks_is_an_error_at_its_place()
    {
        using var content = new TempContent();
        File.AppendAllText(content.Configuration, "deep:\n" + string.Concat(Enumerable.Range(1, 5000).Select(i => new string(' ', i) + "k:\n")));
        var diagnostics = new DiagnosticBag();

        Assert.False(new EditionBuilder().Build(content.Options(), diagnostics).Published);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG5001", diagnostic.Code);
        Assert.Contains("nests more than 32 levels", diagnostic.Message, StringComparison.Ordinal);
    }
}

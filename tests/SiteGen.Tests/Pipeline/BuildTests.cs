using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

public sealed class BuildTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private BuildResult Build(DiagnosticBag diagnostics, string? output = null) =>
        new EditionBuilder().Build(_content.Options(output), diagnostics);

    [Fact]
    public void A_build_publishes_the_model_of_every_document_and_summarises_it()
    {
        var diagnostics = new DiagnosticBag();
        var result = Build(diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.True(result.Published);
        var summary = Assert.Single(result.Documents);
        Assert.Equal(("A/C.3/79/L.34", "zh-Hans", 93, 35), (summary.Symbol, summary.Language, summary.Units, summary.Notes));
        Assert.True(File.Exists(Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.34", "A-C.3-79-L.34.zh.json")));
        Assert.Equal(["000001"], TempContent.Generations(_content.Output));
    }

    [Fact]
    public void Two_builds_of_the_same_input_give_byte_identical_output()
    {
        Build(new DiagnosticBag());
        var first = TempContent.Snapshot(Path.Combine(_content.Output, "site"));
        var other = Path.Combine(_content.Root, "output2");
        Build(new DiagnosticBag(), other);
        Assert.NotEmpty(first);
        Assert.Equal(first, TempContent.Snapshot(Path.Combine(other, "site")));
    }

    [Fact]
    public void A_build_with_a_content_error_leaves_the_previous_output_untouched()
    {
        Build(new DiagnosticBag());
        var before = TempContent.Published(_content.Output);
        File.WriteAllText(_content.SeedSource, File.ReadAllText(_content.SeedSource).Replace("¹⁶ 见《", "见《", StringComparison.Ordinal));

        var diagnostics = new DiagnosticBag();
        var result = Build(diagnostics);

        Assert.False(result.Published);
        Assert.Contains(diagnostics.Items, d => d.Code == "SG2001" && d.Path.EndsWith("zh-Hans.md", StringComparison.Ordinal));
        Assert.Equal(before, TempContent.Published(_content.Output));
    }

    [Fact]
    public void An_unknown_key_in_the_configuration_is_an_error_with_its_line()
    {
        File.AppendAllText(_content.Configuration, "siteTitel: typo\n");
        var diagnostics = new DiagnosticBag();
        Assert.False(Build(diagnostics).Published);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG5001", diagnostic.Code);
        Assert.Equal(File.ReadAllLines(_content.Configuration).Length, diagnostic.Line);
        Assert.Contains("siteTitel", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_in_the_document_metadata_is_an_error_with_its_line()
    {
        var metadata = Path.Combine(_content.Content, "A-C.3-79-L.34", "document.yml");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("date: 2024-11-20", "date: someday", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        Assert.False(Build(diagnostics).Published);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG1004", diagnostic.Code);
        Assert.Equal(Array.FindIndex(File.ReadAllLines(metadata), l => l.StartsWith("date:", StringComparison.Ordinal)) + 1, diagnostic.Line);
    }

    [Fact]
    public void A_symbol_that_would_leave_the_output_folder_is_refused()
    {
        var metadata = Path.Combine(_content.Content, "A-C.3-79-L.34", "document.yml");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("symbol: A/C.3/79/L.34", "symbol: ../../../etc", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        Assert.False(Build(diagnostics).Published);
        Assert.Contains(diagnostics.Items, d => d.Code == "SG1004" && d.Message.Contains("symbol", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "site")));
    }

    [Fact]
    public void A_wrong_type_in_the_configuration_is_an_error_at_its_value()
    {
        File.WriteAllText(_content.Configuration, "baseUrl: https://example.org/\nlanguages: zh-Hans\n");
        var diagnostics = new DiagnosticBag();
        Assert.False(Build(diagnostics).Published);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG5001", 2, 12), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal("'languages' must be a list of texts", diagnostic.Message);
    }

    [Fact]
    public void A_base_url_that_is_not_http_is_refused()
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(new EditionBuilder().Build(_content.Options() with { BaseUrl = "javascript:alert(1)//" }, diagnostics).Published);
        Assert.Equal("SG5001", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_build_interrupted_by_ctrl_c_leaves_the_previous_output_untouched_and_no_generation_of_its_own()
    {
        Build(new DiagnosticBag());
        var before = TempContent.Published(_content.Output);
        using var interrupt = new CancellationTokenSource();
        var builder = new EditionBuilder(staged => interrupt.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => builder.Build(_content.Options(), new DiagnosticBag(), interrupt.Token));

        Assert.Equal(before, TempContent.Published(_content.Output));
        Assert.Equal(["000001"], TempContent.Generations(_content.Output));
    }

    [Fact]
    public void A_build_that_runs_out_of_disk_space_reports_it_and_leaves_the_previous_output_untouched()
    {
        Build(new DiagnosticBag());
        var before = TempContent.Published(_content.Output);
        var builder = new EditionBuilder(staged => throw new IOException("No space left on device"));
        var diagnostics = new DiagnosticBag();

        Assert.False(builder.Build(_content.Options(), diagnostics).Published);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG5003", diagnostic.Code);
        Assert.Contains("No space left on device", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, TempContent.Published(_content.Output));
        Assert.Equal(["000001"], TempContent.Generations(_content.Output));
    }

    [Fact]
    public void A_template_error_points_at_the_template_and_leaves_the_previous_output_untouched()
    {
        Build(new DiagnosticBag());
        var before = TempContent.Published(_content.Output);
        var template = Path.Combine(_content.Templates, "site", "document.sbn");
        var lines = File.ReadAllLines(template).ToList();
        lines.Insert(2, "{{ if }}");
        File.WriteAllLines(template, lines);

        var diagnostics = new DiagnosticBag();
        Assert.False(Build(diagnostics).Published);

        var diagnostic = diagnostics.Items.First(d => d.IsError);
        Assert.All(diagnostics.Items, d => Assert.Equal("SG4001", d.Code));
        Assert.EndsWith(Path.Combine("site", "document.sbn"), diagnostic.Path, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(before, TempContent.Published(_content.Output));
    }

    [Fact]
    public void A_build_publishes_the_page_the_e_book_and_the_model_of_each_document()
    {
        var result = Build(new DiagnosticBag());
        var folder = Path.Combine(result.SiteDirectory, "zh", "A", "C.3", "79", "L.34");
        Assert.Equal(["A-C.3-79-L.34.zh.epub", "A-C.3-79-L.34.zh.json", "index.html"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(result.SiteDirectory, "index.html")));
        Assert.True(File.Exists(Path.Combine(result.SiteDirectory, "404.html")));
        Assert.Equal(3, result.Documents[0].Files);
    }

    [Fact]
    public void The_site_ships_headers_for_static_hosts_with_the_policy_the_browser_tests_enforce()
    {
        var result = Build(new DiagnosticBag());
        var headers = File.ReadAllText(Path.Combine(result.SiteDirectory, "_headers"));
        Assert.Contains($"Content-Security-Policy: {SiteServer.ContentSecurityPolicy}\n", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", headers, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", headers, StringComparison.Ordinal);
        Assert.Contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable", headers, StringComparison.Ordinal);
        Assert.Contains("/*.epub\n  Content-Type: application/epub+zip", headers, StringComparison.Ordinal);
    }
}
